<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_AR">
<context>
    <name>AccountDetailsTab</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Address (line 2)</source>
        <translation>Dirección (línea 2)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Province / state</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>País (código ISO)</translation>
    </message>
    <message>
        <source>Tax ID (CUIT)</source>
        <translation>CUIT / ID fiscal</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Cambios guardados.</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Todas las facturas</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Impaga</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsada</translation>
    </message>
    <message>
        <source>Show invoices</source>
        <translation>Mostrar facturas</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Invoice detail</source>
        <translation>Detalle de la factura</translation>
    </message>
    <message>
        <source>Select an invoice to see its items.</source>
        <translation>Elegí una factura para ver su detalle.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Loading… (%1 so far)</source>
        <translation>Cargando… (%1 hasta ahora)</translation>
    </message>
    <message>
        <source>%1 invoices shown; scroll for more</source>
        <translation>%1 facturas; desplazate para ver más</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation>%1 facturas</translation>
    </message>
    <message>
        <source>Loading invoice %1…</source>
        <translation>Cargando la factura %1…</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Saldo a pagar</translation>
    </message>
    <message>
        <source>Tax (%1%)</source>
        <translation>IVA (%1%)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Account &amp;details</source>
        <translation>&amp;Detalles de la cuenta</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Servicios</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Facturas</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Client account</source>
        <translation>Cuenta de cliente</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Switch &amp;account</source>
        <translation>Cambiar de &amp;cuenta</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>%1 (demo portal)</source>
        <translation>%1 (portal de demostración)</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Ciclo de facturación</translation>
    </message>
    <message>
        <source>Next due date</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Show services with status</source>
        <translation>Mostrar servicios con estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>%1 services, %2 active</source>
        <translation>%1 servicios, %2 activos</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Clientdesk</source>
        <translation>Te damos la bienvenida a Clientdesk</translation>
    </message>
    <message>
        <source>Your hosting client area on the desktop: account, services, invoices and support.</source>
        <translation>Tu área de clientes de hosting en el escritorio: cuenta, servicios, facturas y soporte.</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Dirección del portal</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Recordarme en esta computadora</translation>
    </message>
    <message>
        <source>Sign in to a portal</source>
        <translation>Ingresar a un portal</translation>
    </message>
    <message>
        <source>Open the demo portal</source>
        <translation>Abrir el portal de demostración</translation>
    </message>
    <message>
        <source>Starts a portal with sample data on this computer and signs in to it.</source>
        <translation>Inicia un portal con datos de ejemplo en esta computadora e ingresa en él.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Ingresando…</translation>
    </message>
    <message>
        <source>No portal yet? Try Clientdesk with sample data, nothing to set up.</source>
        <translation>¿Todavía no tenés un portal? Probá Clientdesk con datos de ejemplo, sin configurar nada.</translation>
    </message>
    <message>
        <source>Fill in the portal address, e-mail and password.</source>
        <translation>Completá la dirección del portal, el e-mail y la contraseña.</translation>
    </message>
</context>
<context>
    <name>cycle</name>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>One time</source>
        <translation>Pago único</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <source>Semi-annually</source>
        <translation>Semestral</translation>
    </message>
    <message>
        <source>Annually</source>
        <translation>Anual</translation>
    </message>
    <message>
        <source>Biennially</source>
        <translation>Bienal</translation>
    </message>
    <message>
        <source>Triennially</source>
        <translation>Trienal</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Es demasiado largo.</translation>
    </message>
    <message>
        <source>This does not have the expected format.</source>
        <translation>No tiene el formato esperado.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Este valor no es válido.</translation>
    </message>
    <message>
        <source>This e-mail address belongs to another client.</source>
        <translation>Este e-mail pertenece a otro cliente.</translation>
    </message>
    <message>
        <source>The list changed; reload it.</source>
        <translation>La lista cambió; recargala.</translation>
    </message>
    <message>
        <source>The portal address must start with https:// (plain http:// only on this computer).</source>
        <translation>La dirección del portal tiene que empezar con https:// (http:// solo en esta computadora).</translation>
    </message>
    <message>
        <source>This is not a portal address. Check it and try again.</source>
        <translation>Esta no es una dirección de portal. Revisala y probá de nuevo.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. Check your connection and retry.</source>
        <translation>El portal no respondió a tiempo. Revisá tu conexión y reintentá.</translation>
    </message>
    <message>
        <source>Cannot reach the portal. Check the address and your connection, then retry.</source>
        <translation>No se puede conectar con el portal. Revisá la dirección y tu conexión, y reintentá.</translation>
    </message>
    <message>
        <source>Wrong e-mail or password.</source>
        <translation>E-mail o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>No ingresaste.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Tu sesión terminó. Ingresá de nuevo.</translation>
    </message>
    <message>
        <source>You do not have permission to do this on this account.</source>
        <translation>No tenés permiso para hacer esto en esta cuenta.</translation>
    </message>
    <message>
        <source>This no longer exists, or you cannot see it.</source>
        <translation>Esto ya no existe, o no tenés acceso.</translation>
    </message>
    <message>
        <source>Some fields are not valid. Check the marked fields.</source>
        <translation>Hay campos con errores. Revisá los campos marcados.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Probá de nuevo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Probá de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Try again later.</source>
        <translation>Demasiados intentos. Probá más tarde.</translation>
    </message>
    <message>
        <source>The portal had a problem. Retry in a moment.</source>
        <translation>El portal tuvo un problema. Reintentá en un momento.</translation>
    </message>
    <message>
        <source>The portal refused the request.</source>
        <translation>El portal rechazó el pedido.</translation>
    </message>
    <message>
        <source>This computer has no keychain available, so Clientdesk cannot remember the sign-in. You are signed in for this session only.</source>
        <translation>Esta computadora no tiene un llavero disponible, así que Clientdesk no puede recordar el ingreso. Ingresaste solo por esta sesión.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Algo salió mal: %1</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Portal address</source>
        <translation>Dirección del portal</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Recordarme</translation>
    </message>
    <message>
        <source>Language (empty: the system&apos;s)</source>
        <translation>Idioma (vacío: el del sistema)</translation>
    </message>
    <message>
        <source>Last account</source>
        <translation>Última cuenta</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Fraude</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Impaga</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsada</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>En cobranza</translation>
    </message>
    <message>
        <source>Payment Pending</source>
        <translation>Pago pendiente</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
</context>
</TS>
