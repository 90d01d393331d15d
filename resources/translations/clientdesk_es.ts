<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_AR">
<context>
    <name>AccountArea</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Users and permissions</source>
        <translation>Usuarios y permisos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de actividad</translation>
    </message>
</context>
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
    <name>AlertHistory</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Esperando para enviarse</translation>
    </message>
    <message>
        <source>Not sent yet, retrying</source>
        <translation>Todavía no se envió, reintentando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Could not be delivered</source>
        <translation>No se pudo entregar</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
</context>
<context>
    <name>AlertsTab</name>
    <message>
        <source>Choose how you hear about what happens in your account. WhatsApp alerts go to the number below; desktop alerts show on this computer while Clientdesk is open.</source>
        <translation>Elegí cómo te enterás de lo que pasa en tu cuenta. Las alertas por WhatsApp van al número de abajo; las de escritorio aparecen en esta computadora mientras Clientdesk está abierto.</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Número de WhatsApp</translation>
    </message>
    <message>
        <source>&amp;WhatsApp number:</source>
        <translation>Número de &amp;WhatsApp:</translation>
    </message>
    <message>
        <source>International format: + and the country code, with no spaces.</source>
        <translation>Formato internacional: + y el código de país, sin espacios.</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Alerts sent</source>
        <translation>Alertas enviadas</translation>
    </message>
    <message>
        <source>The newest first. WhatsApp tells us when a message reaches the phone and when it is read.</source>
        <translation>Las más recientes primero. WhatsApp nos avisa cuando un mensaje llega al teléfono y cuando se lee.</translation>
    </message>
    <message>
        <source>No alerts sent yet.</source>
        <translation>Todavía no se envió ninguna alerta.</translation>
    </message>
    <message>
        <source>&amp;Save alerts</source>
        <translation>&amp;Guardar alertas</translation>
    </message>
    <message>
        <source>Save alerts</source>
        <translation>Guardar alertas</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
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
        <source>Alerts saved.</source>
        <translation>Alertas guardadas.</translation>
    </message>
</context>
<context>
    <name>AllAccounts</name>
    <message numerus="yes">
        <source>%n overdue invoice(s)</source>
        <translation>
            <numerusform>%n factura vencida</numerusform>
            <numerusform>%n facturas vencidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suspended service(s)</source>
        <translation>
            <numerusform>%n servicio suspendido</numerusform>
            <numerusform>%n servicios suspendidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) expiring</source>
        <translation>
            <numerusform>%n dominio por vencer</numerusform>
            <numerusform>%n dominios por vencer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n ticket abierto</numerusform>
            <numerusform>%n tickets abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n activo</numerusform>
            <numerusform>%n activos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suspended</source>
        <translation>
            <numerusform>%n suspendido</numerusform>
            <numerusform>%n suspendidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n terminated</source>
        <translation>
            <numerusform>%n terminado</numerusform>
            <numerusform>%n terminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelado</numerusform>
            <numerusform>%n cancelados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completado</numerusform>
            <numerusform>%n completados</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Saldo a pagar</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Facturas vencidas</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Domains expiring</source>
        <translation>Dominios por vencer</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets abiertos</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
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
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>Renovación automática</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No domain of any account expires within these days.</source>
        <translation>Ningún dominio de las cuentas vence en ese plazo.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) could not be read; the list leaves them out.</source>
        <translation>
            <numerusform>No se pudo leer %n cuenta; la lista no la incluye.</numerusform>
            <numerusform>No se pudieron leer %n cuentas; la lista no las incluye.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported.</source>
        <translation>
            <numerusform>%n fila exportada.</numerusform>
            <numerusform>%n filas exportadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpaid invoices of every account</source>
        <translation>Facturas impagas de todas las cuentas</translation>
    </message>
    <message>
        <source>No account has an unpaid invoice.</source>
        <translation>Ninguna cuenta tiene facturas impagas.</translation>
    </message>
    <message>
        <source>Domains expiring soon in every account</source>
        <translation>Dominios por vencer en todas las cuentas</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) in %1 s</source>
        <translation>
            <numerusform>%n cuenta en %1 s</numerusform>
            <numerusform>%n cuentas en %1 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllAccountsPage</name>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>Filter by name, e-mail or what needs attention</source>
        <translation>Filtrá por nombre, e-mail o lo que requiere atención</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Filtrar cuentas</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Reload every account</source>
        <translation>Recargar todas las cuentas</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;Abrir cuenta</translation>
    </message>
    <message>
        <source>Open the selected account</source>
        <translation>Abrir la cuenta elegida</translation>
    </message>
    <message>
        <source>Accounts loaded</source>
        <translation>Cuentas cargadas</translation>
    </message>
    <message>
        <source>%v of %m accounts</source>
        <translation>%v de %m cuentas</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Unpaid invoices</source>
        <translation>Facturas impagas</translation>
    </message>
    <message>
        <source>Expiring domains</source>
        <translation>Dominios por vencer</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>No adjuntaste archivos.</translation>
    </message>
    <message>
        <source>A&amp;ttach files…</source>
        <translation>Ad&amp;juntar archivos…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Quitar archivo</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Quitar el archivo elegido</translation>
    </message>
    <message>
        <source>png, jpg, pdf, txt, log or zip; 2 MB each, 5 at most. You can drop files here.</source>
        <translation>png, jpg, pdf, txt, log o zip; hasta 2 MB cada uno, 5 como máximo. Podés soltar archivos acá.</translation>
    </message>
    <message>
        <source>Allowed files (*.png *.jpg *.jpeg *.pdf *.txt *.log *.zip)</source>
        <translation>Archivos permitidos (*.png *.jpg *.jpeg *.pdf *.txt *.log *.zip)</translation>
    </message>
    <message>
        <source>%1: at most 5 files per message.</source>
        <translation>%1: como máximo 5 archivos por mensaje.</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Todavía no hay nada registrado.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <source>Every change made on this account, the newest first.</source>
        <translation>Cada cambio hecho en esta cuenta, el más reciente primero.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Billing</name>
    <message>
        <source>This invoice cannot be paid: it is not unpaid any more. Refresh the list.</source>
        <translation>Esta factura no se puede pagar: ya no está impaga. Actualizá la lista.</translation>
    </message>
    <message>
        <source>This card has expired. Choose another card or add a new one.</source>
        <translation>Esta tarjeta está vencida. Elegí otra tarjeta o agregá una nueva.</translation>
    </message>
    <message>
        <source>This quote is no longer valid. Ask for a new one in a ticket.</source>
        <translation>Este presupuesto ya no está vigente. Pedí uno nuevo en un ticket.</translation>
    </message>
    <message>
        <source>This quote was already accepted or has been withdrawn.</source>
        <translation>Este presupuesto ya fue aceptado o fue retirado.</translation>
    </message>
    <message>
        <source>The portal refused the request. Retry in a moment.</source>
        <translation>El portal rechazó el pedido. Reintentá en un momento.</translation>
    </message>
    <message>
        <source>This card is no longer saved in the account. Refresh the cards.</source>
        <translation>Esta tarjeta ya no está guardada en la cuenta. Actualizá las tarjetas.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Emisión</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
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
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Request cancellation</source>
        <translation>Solicitar la baja</translation>
    </message>
    <message>
        <source>&amp;Immediate: the service is cancelled today</source>
        <translation>&amp;Inmediata: el servicio se da de baja hoy</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>Inmediata</translation>
    </message>
    <message>
        <source>At the &amp;end of the billing period: it keeps working until %1 and is not renewed</source>
        <translation>Al &amp;fin del período de facturación: sigue funcionando hasta el %1 y no se renueva</translation>
    </message>
    <message>
        <source>End of billing period</source>
        <translation>Fin del período de facturación</translation>
    </message>
    <message>
        <source>Conditions of every cancellation</source>
        <translation>Condiciones de toda baja</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Motivo (opcional)</translation>
    </message>
    <message>
        <source>Why are you leaving? (optional)</source>
        <translation>¿Por qué te vas? (opcional)</translation>
    </message>
    <message>
        <source>Request &amp;cancellation…</source>
        <translation>Solicitar la &amp;baja…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel %1 today? The service stops today and every file on the server (website, e-mails, FTP) is deleted. Nothing paid is refunded and current invoices must still be paid. This cannot be undone.</source>
        <translation>¿Dar de baja %1 hoy? El servicio deja de funcionar hoy y se borran todos sus archivos del servidor (sitio web, correos, FTP). Nada de lo abonado se reembolsa y las facturas del período en curso se deben pagar igual. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Cancel %1 at the end of the billing period (%2)? It keeps working until then, is not renewed, and then every file on the server is deleted. Nothing paid is refunded and current invoices must still be paid.</source>
        <translation>¿Dar de baja %1 al fin del período de facturación (%2)? Sigue funcionando hasta entonces, no se renueva y después se borran todos sus archivos del servidor. Nada de lo abonado se reembolsa y las facturas del período en curso se deben pagar igual.</translation>
    </message>
    <message>
        <source>Enter your account password to confirm the cancellation:</source>
        <translation>Ingresá la clave de tu cuenta para confirmar la baja:</translation>
    </message>
    <message>
        <source>Cancellation requested on %1: immediate, the service was cancelled on %2.</source>
        <translation>Baja solicitada el %1: inmediata, el servicio se dio de baja el %2.</translation>
    </message>
    <message>
        <source>Cancellation requested on %1: at the end of the billing period, effective on %2. The service keeps working until then.</source>
        <translation>Baja solicitada el %1: al fin del período de facturación, efectiva el %2. El servicio sigue funcionando hasta entonces.</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Chats waiting or in conversation</source>
        <translation>Chats en espera o en conversación</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh the chat queue</source>
        <translation>Actualizar la cola de chats</translation>
    </message>
    <message>
        <source>&amp;Take chat</source>
        <translation>&amp;Tomar chat</translation>
    </message>
    <message>
        <source>Take the selected chat</source>
        <translation>Tomar el chat elegido</translation>
    </message>
    <message>
        <source>Chat conversation</source>
        <translation>Conversación del chat</translation>
    </message>
    <message>
        <source>Message to the client</source>
        <translation>Mensaje para el cliente</translation>
    </message>
    <message>
        <source>Write a message and press Enter</source>
        <translation>Escribí un mensaje y presioná Enter</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation>&amp;Terminar chat</translation>
    </message>
    <message>
        <source>End the chat</source>
        <translation>Terminar el chat</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>Terminar chat</translation>
    </message>
    <message>
        <source>End this chat? The client can no longer write in it; the conversation is kept.</source>
        <translation>¿Terminar este chat? El cliente ya no va a poder escribir en él; la conversación se conserva.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Chat subject</source>
        <translation>Tema del chat</translation>
    </message>
    <message>
        <source>What do you need help with?</source>
        <translation>¿Con qué necesitás ayuda?</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>Primer mensaje</translation>
    </message>
    <message>
        <source>Your first message (optional)</source>
        <translation>Tu primer mensaje (opcional)</translation>
    </message>
    <message>
        <source>&amp;Start chat</source>
        <translation>&amp;Iniciar chat</translation>
    </message>
    <message>
        <source>Start chat</source>
        <translation>Iniciar chat</translation>
    </message>
    <message>
        <source>Talk with one of our agents. They answer here, as soon as one is free.</source>
        <translation>Hablá con uno de nuestros agentes. Te responden acá, apenas uno esté libre.</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Chat state</source>
        <translation>Estado del chat</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Message to the agent</source>
        <translation>Mensaje para el agente</translation>
    </message>
    <message>
        <source>Write a message and press Enter</source>
        <translation>Escribí un mensaje y presioná Enter</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation>&amp;Terminar chat</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>Terminar chat</translation>
    </message>
    <message>
        <source>Start a &amp;new chat</source>
        <translation>Iniciar un chat &amp;nuevo</translation>
    </message>
    <message>
        <source>Start a new chat</source>
        <translation>Iniciar un chat nuevo</translation>
    </message>
    <message>
        <source>Write what the chat is about.</source>
        <translation>Escribí de qué se trata el chat.</translation>
    </message>
    <message>
        <source>“%1”: this chat has ended.</source>
        <translation>«%1»: este chat terminó.</translation>
    </message>
    <message>
        <source>“%1”: talking with %2.</source>
        <translation>«%1»: hablando con %2.</translation>
    </message>
    <message>
        <source>“%1”: waiting for an agent…</source>
        <translation>«%1»: esperando a un agente…</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● conectado</translation>
    </message>
    <message>
        <source>○ reconnecting…</source>
        <translation>○ reconectando…</translation>
    </message>
</context>
<context>
    <name>ClientsPane</name>
    <message>
        <source>Name, e-mail, domain or invoice number</source>
        <translation>Nombre, e-mail, dominio o número de factura</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Find clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;Abrir cuenta</translation>
    </message>
    <message>
        <source>Open the selected client&apos;s account</source>
        <translation>Abrir la cuenta del cliente elegido</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>B&amp;uscar:</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>E&amp;mpresa:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <source>Receives</source>
        <translation>Recibe</translation>
    </message>
    <message>
        <source>Secondary contacts help you run the account: choose which e-mails each one receives, for example the invoices or the support tickets.</source>
        <translation>Los contactos secundarios te ayudan a administrar la cuenta: elegí qué e-mails recibe cada uno, por ejemplo las facturas o los tickets de soporte.</translation>
    </message>
    <message>
        <source>No secondary contacts yet.</source>
        <translation>Todavía no hay contactos secundarios.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Receives these e-mails:</source>
        <translation>Recibe estos e-mails:</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>Nue&amp;vo contacto</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>&amp;Guardar contacto</translation>
    </message>
    <message>
        <source>&amp;Remove contact…</source>
        <translation>&amp;Quitar contacto…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Choose a contact in the list first.</source>
        <translation>Primero elegí un contacto de la lista.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s first name.</source>
        <translation>Ingresá el nombre del contacto.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s e-mail address.</source>
        <translation>Ingresá el e-mail del contacto.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>%1 (%2) will be removed from the account&apos;s contacts and will stop receiving its e-mails.</source>
        <translation>%1 (%2) se va a quitar de los contactos de la cuenta y va a dejar de recibir sus e-mails.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Quitar contacto</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Quitando…</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Needs your attention</source>
        <translation>Necesita tu atención</translation>
    </message>
    <message>
        <source>&amp;Register a domain</source>
        <translation>&amp;Registrar un dominio</translation>
    </message>
    <message>
        <source>Register a domain</source>
        <translation>Registrar un dominio</translation>
    </message>
    <message>
        <source>&amp;Buy a service</source>
        <translation>&amp;Contratar un servicio</translation>
    </message>
    <message>
        <source>Buy a service</source>
        <translation>Contratar un servicio</translation>
    </message>
    <message>
        <source>Order result</source>
        <translation>Resultado del pedido</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Tu cuenta</translation>
    </message>
    <message>
        <source>Active services</source>
        <translation>Servicios activos</translation>
    </message>
    <message>
        <source>Unpaid invoices</source>
        <translation>Facturas impagas</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Facturas vencidas</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets abiertos</translation>
    </message>
    <message>
        <source>Domains expiring in 30 days</source>
        <translation>Dominios que vencen en 30 días</translation>
    </message>
    <message>
        <source>Account figures</source>
        <translation>Cifras de la cuenta</translation>
    </message>
    <message>
        <source>Spending by month (paid invoices)</source>
        <translation>Gasto por mes (facturas pagas)</translation>
    </message>
    <message>
        <source>Spending by month</source>
        <translation>Gasto por mes</translation>
    </message>
    <message>
        <source>Show spending as a &amp;table</source>
        <translation>Mostrar el gasto como &amp;tabla</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Loading the account&apos;s figures…</source>
        <translation>Cargando las cifras de la cuenta…</translation>
    </message>
    <message>
        <source>could not be loaded</source>
        <translation>no se pudo cargar</translation>
    </message>
    <message>
        <source>The account&apos;s figures could not be loaded.</source>
        <translation>No se pudieron cargar las cifras de la cuenta.</translation>
    </message>
    <message>
        <source>No unpaid invoices: there is nothing to pay.</source>
        <translation>No tenés facturas impagas: no hay nada para pagar.</translation>
    </message>
    <message>
        <source>Balance due: %1</source>
        <translation>Saldo a pagar: %1</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>No hay nada pendiente.</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a line to open it.</source>
        <translation>Hacé doble clic o presioná Enter en una línea para abrirla.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Show spending as a &amp;chart</source>
        <translation>Mostrar el gasto como &amp;gráfico</translation>
    </message>
    <message>
        <source>Domain to register (for example, mybrand.com.ar):</source>
        <translation>Dominio a registrar (por ejemplo, mimarca.com.ar):</translation>
    </message>
    <message>
        <source>Checking availability…</source>
        <translation>Consultando disponibilidad…</translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation>%1 está disponible.</translation>
    </message>
    <message>
        <source>%1 is available. Register it for one year for %2 plus VAT?

An unpaid invoice is created now; the domain is registered once that invoice is paid.</source>
        <translation>%1 está disponible. ¿Lo registrás por un año por %2 más IVA?

Se genera ahora una factura impaga; el dominio se registra cuando esa factura esté paga.</translation>
    </message>
    <message>
        <source>%1 is available. Register it for one year?

An unpaid invoice is created now with the registration price of this ending plus VAT; the domain is registered once that invoice is paid.</source>
        <translation>%1 está disponible. ¿Lo registrás por un año?

Se genera ahora una factura impaga con el precio de registro de esta terminación más IVA; el dominio se registra cuando esa factura esté paga.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedir</translation>
    </message>
    <message>
        <source>Ordering…</source>
        <translation>Haciendo el pedido…</translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation>Cargando el catálogo…</translation>
    </message>
    <message>
        <source>Order %1 (%2) for %3 plus VAT?

An unpaid invoice is created now; the service starts once it is paid.</source>
        <translation>¿Pedís %1 (%2) por %3 más IVA?

Se genera ahora una factura impaga; el servicio empieza cuando esté paga.</translation>
    </message>
    <message>
        <source>Ordered. Invoice for %1 created: pay it from the Invoices tab.</source>
        <translation>Pedido hecho. Se generó una factura por %1: pagala desde la pestaña Facturas.</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Pedido hecho</translation>
    </message>
    <message numerus="yes">
        <source>%n unpaid invoice(s): %1 to pay.</source>
        <translation>
            <numerusform>%n factura impaga: %1 a pagar.</numerusform>
            <numerusform>%n facturas impagas: %1 a pagar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Desks</name>
    <message>
        <source>This a&amp;ccount</source>
        <translation>Esta &amp;cuenta</translation>
    </message>
    <message>
        <source>A&amp;ll accounts</source>
        <translation>&amp;Todas las cuentas</translation>
    </message>
    <message>
        <source>Staff des&amp;k</source>
        <translation>Mesa de &amp;soporte</translation>
    </message>
    <message>
        <source>&amp;Go to account…</source>
        <translation>&amp;Ir a una cuenta…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Saved sign-ins</source>
        <translation>Sesiones guardadas</translation>
    </message>
    <message>
        <source>&amp;Add another sign-in…</source>
        <translation>&amp;Agregar otra sesión…</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>New events here</source>
        <translation>Hay novedades acá</translation>
    </message>
</context>
<context>
    <name>Domains</name>
    <message>
        <source>A domain in this status cannot be renewed (pending, in redemption, transferred away or cancelled).</source>
        <translation>Un dominio en este estado no se puede renovar (pendiente, en redención, transferido o cancelado).</translation>
    </message>
    <message>
        <source>A renewal of this domain is already invoiced: pay that invoice.</source>
        <translation>La renovación de este dominio ya está facturada: pagá esa factura.</translation>
    </message>
    <message>
        <source>Only an active domain can do this.</source>
        <translation>Solo un dominio activo puede hacer esto.</translation>
    </message>
    <message>
        <source>A domain cannot be cancelled, only not renewed: turn auto-renew off.</source>
        <translation>Un dominio no se puede dar de baja, solo no renovarse: desactivá la renovación automática.</translation>
    </message>
    <message>
        <source>A domain can be registered 10 years ahead at most.</source>
        <translation>Un dominio se puede registrar como máximo 10 años hacia adelante.</translation>
    </message>
    <message>
        <source>Give between 2 and 5 name servers.</source>
        <translation>Indicá entre 2 y 5 servidores de nombres.</translation>
    </message>
    <message>
        <source>This is not a valid host name (for example ns1.example.com).</source>
        <translation>No es un nombre de servidor válido (por ejemplo ns1.ejemplo.com).</translation>
    </message>
    <message>
        <source>This name server is repeated.</source>
        <translation>Este servidor de nombres está repetido.</translation>
    </message>
    <message>
        <source>A domain cannot be cancelled: it is paid yearly in advance. To stop it, turn auto-renew off and it will not be renewed.</source>
        <translation>Un dominio no se puede dar de baja: se paga anualmente por adelantado. Para dejarlo, desactivá la renovación automática y no se renovará.</translation>
    </message>
</context>
<context>
    <name>DomainsTab</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Pending registration</source>
        <translation>Registro pendiente</translation>
    </message>
    <message>
        <source>Pending transfer</source>
        <translation>Transferencia pendiente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Período de gracia</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>Redención</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Transferred away</source>
        <translation>Transferido a otro proveedor</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>en %1 días</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>Renovación automática</translation>
    </message>
    <message>
        <source>Price per year</source>
        <translation>Precio por año</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Reload domains</source>
        <translation>Recargar los dominios</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <source>No domains to show.</source>
        <translation>No hay dominios para mostrar.</translation>
    </message>
    <message>
        <source>Renew &amp;automatically</source>
        <translation>Renovar &amp;automáticamente</translation>
    </message>
    <message>
        <source>Renew automatically</source>
        <translation>Renovar automáticamente</translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <translation>
            <numerusform> año</numerusform>
            <numerusform> años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %1 for %n year(s)? An invoice of %2 plus taxes is created now. When it is paid, the expiry date moves from %3 to %4.</source>
        <translation>
            <numerusform>¿Renovar %1 por %n año? Se crea ahora una factura de %2 más impuestos. Cuando esté paga, el vencimiento pasa del %3 al %4.</numerusform>
            <numerusform>¿Renovar %1 por %n años? Se crea ahora una factura de %2 más impuestos. Cuando esté paga, el vencimiento pasa del %3 al %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Years to renew</source>
        <translation>Años a renovar</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Renovar…</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>&amp;Transfer out…</source>
        <translation>&amp;Transferir a otro proveedor…</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Transferir a otro proveedor</translation>
    </message>
    <message>
        <source>Transfer code (EPP)</source>
        <translation>Código de transferencia (EPP)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the transfer code</source>
        <translation>Copiar el código de transferencia</translation>
    </message>
    <message>
        <source>Give this code to the new provider. It is shown only now: copy it before you leave; asking again issues a new one and this one stops working.</source>
        <translation>Dale este código al nuevo proveedor. Se muestra solo ahora: copialo antes de salir; si lo pedís de nuevo se emite otro y este deja de valer.</translation>
    </message>
    <message>
        <source>Name servers</source>
        <translation>Servidores de nombres</translation>
    </message>
    <message>
        <source>Name server %1</source>
        <translation>Servidor de nombres %1</translation>
    </message>
    <message>
        <source>&amp;Save name servers</source>
        <translation>&amp;Guardar servidores de nombres</translation>
    </message>
    <message>
        <source>Save name servers</source>
        <translation>Guardar servidores de nombres</translation>
    </message>
    <message>
        <source>%1 domains, %2 expiring soon (highlighted)</source>
        <translation>%1 dominios, %2 por vencer (resaltados)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Choose a domain in the list first.</source>
        <translation>Primero elegí un dominio de la lista.</translation>
    </message>
    <message>
        <source>Select a domain.</source>
        <translation>Elegí un dominio.</translation>
    </message>
    <message>
        <source>Changing domains needs the permission to manage domains.</source>
        <translation>Para cambiar dominios hace falta el permiso de gestionar dominios.</translation>
    </message>
    <message>
        <source>Only an active, expiring or expired domain can be renewed.</source>
        <translation>Solo se puede renovar un dominio activo, por vencer o vencido.</translation>
    </message>
    <message>
        <source>Only an active domain can change this.</source>
        <translation>Solo un dominio activo puede cambiar esto.</translation>
    </message>
    <message>
        <source>%1 will be renewed automatically.</source>
        <translation>%1 se renovará automáticamente.</translation>
    </message>
    <message>
        <source>%1 will not be renewed: it expires on %2.</source>
        <translation>%1 no se renovará: vence el %2.</translation>
    </message>
    <message>
        <source>Renew domain</source>
        <translation>Renovar dominio</translation>
    </message>
    <message>
        <source>Creating the renewal invoice…</source>
        <translation>Creando la factura de renovación…</translation>
    </message>
    <message>
        <source>Renewal of %1 invoiced: %2 (taxes included). Pay it in Invoices; the expiry date moves when it is paid.</source>
        <translation>Renovación de %1 facturada: %2 (impuestos incluidos). Pagala en Facturas; el vencimiento se mueve cuando esté paga.</translation>
    </message>
    <message>
        <source>Transfer %1 to another provider? The domain is unlocked and a new transfer code (EPP) is issued and shown once; any earlier code stops working.</source>
        <translation>¿Transferir %1 a otro proveedor? El dominio se desbloquea y se emite un nuevo código de transferencia (EPP) que se muestra una sola vez; cualquier código anterior deja de valer.</translation>
    </message>
    <message>
        <source>Unlock and get code</source>
        <translation>Desbloquear y obtener código</translation>
    </message>
    <message>
        <source>Unlocking the domain…</source>
        <translation>Desbloqueando el dominio…</translation>
    </message>
    <message>
        <source>%1 is unlocked for transfer.</source>
        <translation>%1 está desbloqueado para transferir.</translation>
    </message>
    <message>
        <source>Transfer code copied.</source>
        <translation>Código de transferencia copiado.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Name servers saved.</source>
        <translation>Servidores de nombres guardados.</translation>
    </message>
</context>
<context>
    <name>EmailsTab</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Affiliates</source>
        <translation>Afiliados</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>E-mails received</source>
        <translation>E-mails recibidos</translation>
    </message>
    <message>
        <source>No e-mails sent to this account yet.</source>
        <translation>Todavía no se envió ningún e-mail a esta cuenta.</translation>
    </message>
    <message>
        <source>E-mail header</source>
        <translation>Encabezado del e-mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Select an e-mail to read it.</source>
        <translation>Elegí un e-mail para leerlo.</translation>
    </message>
    <message>
        <source>Loading… (%1 so far)</source>
        <translation>Cargando… (%1 hasta ahora)</translation>
    </message>
    <message>
        <source>%1 e-mails shown; scroll for more</source>
        <translation>%1 e-mails mostrados; desplazate para ver más</translation>
    </message>
    <message>
        <source>%1 e-mails</source>
        <translation>%1 e-mails</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Enviado: %1</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>ExpiringPane</name>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Expiring within this many days</source>
        <translation>Que vencen dentro de esta cantidad de días</translation>
    </message>
    <message>
        <source>Expiring &amp;within:</source>
        <translation>&amp;Vencen dentro de:</translation>
    </message>
    <message>
        <source>&amp;Load domains</source>
        <translation>&amp;Cargar dominios</translation>
    </message>
    <message>
        <source>expiring-domains.csv</source>
        <translation>dominios-por-vencer.csv</translation>
    </message>
</context>
<context>
    <name>IncidentsPane</name>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh the service status</source>
        <translation>Actualizar el estado del servicio</translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation>Título del incidente</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Affected components</source>
        <translation>Componentes afectados</translation>
    </message>
    <message>
        <source>Status of the affected components</source>
        <translation>Estado de los componentes afectados</translation>
    </message>
    <message>
        <source>Leave as they are</source>
        <translation>Dejarlos como están</translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation>Qué está pasando</translation>
    </message>
    <message>
        <source>&amp;Post incident</source>
        <translation>&amp;Publicar incidente</translation>
    </message>
    <message>
        <source>Post the incident on the status page</source>
        <translation>Publicar el incidente en la página de estado</translation>
    </message>
    <message>
        <source>New status of the incident</source>
        <translation>Nuevo estado del incidente</translation>
    </message>
    <message>
        <source>Update message</source>
        <translation>Mensaje de la actualización</translation>
    </message>
    <message>
        <source>&amp;Add update</source>
        <translation>Agregar act&amp;ualización</translation>
    </message>
    <message>
        <source>Add the update to the selected incident</source>
        <translation>Agregar la actualización al incidente elegido</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Re&amp;solver</translation>
    </message>
    <message>
        <source>Resolve the selected incident</source>
        <translation>Resolver el incidente elegido</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Impacto:</translation>
    </message>
    <message>
        <source>&amp;Components:</source>
        <translation>&amp;Componentes:</translation>
    </message>
    <message>
        <source>Component stat&amp;us:</source>
        <translation>&amp;Estado de los componentes:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Open incidents and those resolved in the last 14 days</source>
        <translation>Incidentes abiertos y los resueltos en los últimos 14 días</translation>
    </message>
    <message>
        <source>&lt;b&gt;New incident&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nuevo incidente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Resuelto.</translation>
    </message>
    <message>
        <source>Select an incident first.</source>
        <translation>Elegí un incidente primero.</translation>
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
        <translation>Anulada</translation>
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
        <source>Issued from</source>
        <translation>Emitidas desde</translation>
    </message>
    <message>
        <source>Issued until</source>
        <translation>Emitidas hasta</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Show invoices of any date</source>
        <translation>Mostrar facturas de cualquier fecha</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>No invoices to show with these filters.</source>
        <translation>No hay facturas para mostrar con estos filtros.</translation>
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
        <source>&amp;Pay…</source>
        <translation>&amp;Pagar…</translation>
    </message>
    <message>
        <source>Pay the selected invoice</source>
        <translation>Pagar la factura elegida</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the selected invoice as PDF</source>
        <translation>Guardar la factura elegida como PDF</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xportar a CSV…</translation>
    </message>
    <message>
        <source>Export the invoices shown to CSV</source>
        <translation>Exportar a CSV las facturas mostradas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Issued &amp;from:</source>
        <translation>Emitidas &amp;desde:</translation>
    </message>
    <message>
        <source>un&amp;til:</source>
        <translation>&amp;hasta:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>%1 of %2 loaded invoices in these dates</source>
        <translation>%1 de %2 facturas cargadas en estas fechas</translation>
    </message>
    <message>
        <source>Choose an invoice in the list first.</source>
        <translation>Primero elegí una factura de la lista.</translation>
    </message>
    <message>
        <source>Paying this invoice…</source>
        <translation>Pagando esta factura…</translation>
    </message>
    <message>
        <source>This invoice has nothing left to pay.</source>
        <translation>Esta factura no tiene saldo a pagar.</translation>
    </message>
    <message>
        <source>Exports the invoices shown, as filtered (no selection needed).</source>
        <translation>Exporta las facturas que se muestran, con los filtros aplicados (no hace falta elegir ninguna).</translation>
    </message>
    <message>
        <source>No invoices are shown: change the filters to export some.</source>
        <translation>No se muestra ninguna factura: cambiá los filtros para exportar alguna.</translation>
    </message>
    <message>
        <source>Loading your saved cards…</source>
        <translation>Cargando tus tarjetas guardadas…</translation>
    </message>
    <message>
        <source>There is no saved card to pay with. Add one in the Auto-debit card tab, then pay.</source>
        <translation>No hay ninguna tarjeta guardada para pagar. Agregá una en la pestaña Tarjeta de débito automático y después pagá.</translation>
    </message>
    <message>
        <source>Pay invoice %1 now?

%2 will be charged to your %3 card.</source>
        <translation>¿Pagar ahora la factura %1?

Se van a cobrar %2 en tu tarjeta %3.</translation>
    </message>
    <message>
        <source>Pay invoice</source>
        <translation>Pagar factura</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Pagar %1</translation>
    </message>
    <message>
        <source>Pay with the card:</source>
        <translation>Pagar con la tarjeta:</translation>
    </message>
    <message>
        <source>Paying invoice %1…</source>
        <translation>Pagando la factura %1…</translation>
    </message>
    <message>
        <source>Invoice %1 is paid: %2 charged.</source>
        <translation>La factura %1 está paga: se cobraron %2.</translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation>Guardar factura como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving invoice %1…</source>
        <translation>Guardando la factura %1…</translation>
    </message>
    <message>
        <source>Export invoices to CSV</source>
        <translation>Exportar facturas a CSV</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>facturas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardada en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) exported to %1.</source>
        <translation>
            <numerusform>%n factura exportada a %1.</numerusform>
            <numerusform>%n facturas exportadas a %1.</numerusform>
        </translation>
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
        <source>Parts of the account</source>
        <translation>Partes de la cuenta</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <source>Auto-debit card</source>
        <translation>Tarjeta de débito automático</translation>
    </message>
    <message>
        <source>E-mails received</source>
        <translation>E-mails recibidos</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
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
        <source>Sign out and &amp;forget this computer</source>
        <translation>Cerrar sesión y &amp;olvidar esta computadora</translation>
    </message>
    <message>
        <source>Sign out and delete what this computer saved of your accounts</source>
        <translation>Cerrá la sesión y borrá lo que esta computadora guardó de tus cuentas</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;Nuevo ticket</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light or dark, or as the system</source>
        <translation>Claro u oscuro, o como el sistema</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>%1 (demo portal)</source>
        <translation>%1 (portal de demostración)</translation>
    </message>
</context>
<context>
    <name>NewTicketForm</name>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Related service</source>
        <translation>Servicio relacionado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Send ticket</source>
        <translation>&amp;Enviar ticket</translation>
    </message>
    <message>
        <source>Send ticket</source>
        <translation>Enviar ticket</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <source>Related se&amp;rvice:</source>
        <translation>Se&amp;rvicio relacionado:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation>Recuperamos tu borrador.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Ticket #%1 sent.</source>
        <translation>Ticket #%1 enviado.</translation>
    </message>
    <message>
        <source>Not sent. Your draft is kept.</source>
        <translation>No se envió. Tu borrador queda guardado.</translation>
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
    <name>OwnerChangeDialog</name>
    <message>
        <source>Change of owner</source>
        <translation>Cambio de titular</translation>
    </message>
    <message>
        <source>The service moves to another client account. Both accounts must exist and have no overdue invoice, only active services can move, and the two accounts must have different e-mail addresses. This sends a request: a ticket is opened and our team makes the change (we may call to check); it is not instant.</source>
        <translation>El servicio pasa a la cuenta de otro cliente. Ambas cuentas deben existir y estar al día (sin facturas vencidas), solo se pueden migrar servicios activos y las dos cuentas deben tener e-mails diferentes. Esto envía una solicitud: se abre un ticket y nuestro equipo hace el cambio (puede que te llamemos para verificar); no es inmediato.</translation>
    </message>
    <message>
        <source>New owner&apos;s e-mail</source>
        <translation>E-mail del nuevo titular</translation>
    </message>
    <message>
        <source>Message (optional)</source>
        <translation>Mensaje (opcional)</translation>
    </message>
    <message>
        <source>New owner&apos;s &amp;e-mail</source>
        <translation>&amp;E-mail del nuevo titular</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>&amp;Enviar solicitud</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Enviar solicitud</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Enter the new owner&apos;s e-mail address.</source>
        <translation>Ingresá el e-mail del nuevo titular.</translation>
    </message>
    <message>
        <source>Request sent: ticket #%1 was opened in %2. The change of owner is a request, not an instant move: our team checks it and moves the service, and you will see the answer in that ticket.</source>
        <translation>Solicitud enviada: se abrió el ticket #%1 en %2. El cambio de titular es una solicitud, no un movimiento inmediato: nuestro equipo la revisa y mueve el servicio, y vas a ver la respuesta en ese ticket.</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>Automatic charging is on: turn it off before removing the last card.</source>
        <translation>El cobro automático está activado: desactivalo antes de eliminar la última tarjeta.</translation>
    </message>
    <message>
        <source>Add a card before turning on automatic charging.</source>
        <translation>Agregá una tarjeta antes de activar el cobro automático.</translation>
    </message>
    <message>
        <source>This card number is not valid. Check the digits.</source>
        <translation>Este número de tarjeta no es válido. Revisá los dígitos.</translation>
    </message>
    <message>
        <source>This card brand is not accepted. Use Visa, Mastercard, American Express, Cabal or Naranja, among others.</source>
        <translation>No aceptamos esta marca de tarjeta. Usá Visa, Mastercard, American Express, Cabal o Naranja, entre otras.</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>Esta tarjeta está vencida.</translation>
    </message>
    <message>
        <source>This value is too small.</source>
        <translation>Este valor es demasiado chico.</translation>
    </message>
    <message>
        <source>This value is too large.</source>
        <translation>Este valor es demasiado grande.</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsTab</name>
    <message>
        <source>%1 ****%2 (expires %3)</source>
        <translation>%1 ****%2 (vence %3)</translation>
    </message>
    <message>
        <source>%1 ****%2 (expired %3)</source>
        <translation>%1 ****%2 (venció %3)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(vencida)</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Saved cards</source>
        <translation>Tarjetas guardadas</translation>
    </message>
    <message>
        <source>No saved cards yet.</source>
        <translation>Todavía no hay tarjetas guardadas.</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Hacer &amp;predeterminada</translation>
    </message>
    <message>
        <source>Make the selected card the default</source>
        <translation>Hacer predeterminada la tarjeta elegida</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Remove the selected card</source>
        <translation>Eliminar la tarjeta elegida</translation>
    </message>
    <message>
        <source>&amp;Charge my invoices automatically to the default card</source>
        <translation>&amp;Cobrar mis facturas automáticamente en la tarjeta predeterminada</translation>
    </message>
    <message>
        <source>Automatic charging</source>
        <translation>Cobro automático</translation>
    </message>
    <message>
        <source>Cardholder name</source>
        <translation>Nombre del titular</translation>
    </message>
    <message>
        <source>As printed on the card</source>
        <translation>Como figura en la tarjeta</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <source>Expiry month</source>
        <translation>Mes de vencimiento</translation>
    </message>
    <message>
        <source>Expiry year</source>
        <translation>Año de vencimiento</translation>
    </message>
    <message>
        <source>Make it the &amp;default card</source>
        <translation>Que sea la tarjeta pre&amp;determinada</translation>
    </message>
    <message>
        <source>Make the new card the default</source>
        <translation>Hacer predeterminada la tarjeta nueva</translation>
    </message>
    <message>
        <source>&amp;Add card</source>
        <translation>&amp;Agregar tarjeta</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Agregar tarjeta</translation>
    </message>
    <message>
        <source>Card&amp;holder:</source>
        <translation>&amp;Titular:</translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation>&amp;Número de tarjeta:</translation>
    </message>
    <message>
        <source>&amp;Expires (month / year):</source>
        <translation>&amp;Vence (mes / año):</translation>
    </message>
    <message>
        <source>The card number goes to the portal once and is not kept on this computer; the portal keeps only the brand, the last 4 digits and the expiry.</source>
        <translation>El número de tarjeta se envía al portal una sola vez y no se guarda en esta computadora; el portal guarda solo la marca, los últimos 4 dígitos y el vencimiento.</translation>
    </message>
    <message>
        <source>Add a card</source>
        <translation>Agregar una tarjeta</translation>
    </message>
    <message>
        <source>Choose a card in the list first.</source>
        <translation>Primero elegí una tarjeta de la lista.</translation>
    </message>
    <message>
        <source>This card is already the default one.</source>
        <translation>Esta tarjeta ya es la predeterminada.</translation>
    </message>
    <message>
        <source>Remove the card %1 from the account? It will no longer pay your invoices, and to use it again you will have to type its number.</source>
        <translation>¿Eliminar la tarjeta %1 de la cuenta? Ya no va a pagar tus facturas y, para volver a usarla, vas a tener que ingresar su número.</translation>
    </message>
    <message>
        <source>It is the default card: your oldest other card becomes the default.</source>
        <translation>Es la tarjeta predeterminada: tu tarjeta más antigua pasa a ser la predeterminada.</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Eliminar tarjeta</translation>
    </message>
    <message>
        <source>%1 is now the default card.</source>
        <translation>%1 es ahora la tarjeta predeterminada.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 eliminada.</translation>
    </message>
    <message>
        <source>your default card</source>
        <translation>tu tarjeta predeterminada</translation>
    </message>
    <message>
        <source>Charge your invoices automatically to %1? Each new invoice will be paid with it without asking you. You can turn this off at any time.</source>
        <translation>¿Cobrar tus facturas automáticamente en %1? Cada factura nueva se va a pagar con ella sin preguntarte. Podés desactivarlo cuando quieras.</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Type the card number.</source>
        <translation>Ingresá el número de tarjeta.</translation>
    </message>
    <message>
        <source>Adding the card…</source>
        <translation>Agregando la tarjeta…</translation>
    </message>
    <message>
        <source>Card %1 added.</source>
        <translation>Tarjeta %1 agregada.</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <source>You cannot see this account&apos;s services.</source>
        <translation>No podés ver los servicios de esta cuenta.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Buy a service</source>
        <translation>Contratar un servicio</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Ciclo de facturación</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>example.com.ar (optional)</source>
        <translation>ejemplo.com.ar (opcional)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>Billing &amp;cycle:</source>
        <translation>&amp;Ciclo de facturación:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Go to account</source>
        <translation>Ir a una cuenta</translation>
    </message>
    <message>
        <source>Name, company, e-mail or domain</source>
        <translation>Nombre, empresa, e-mail o dominio</translation>
    </message>
    <message>
        <source>Account to go to</source>
        <translation>Cuenta a la que ir</translation>
    </message>
    <message>
        <source>Matching accounts</source>
        <translation>Cuentas que coinciden</translation>
    </message>
    <message numerus="yes">
        <source>%n matching account(s)</source>
        <translation>
            <numerusform>%n cuenta coincide</numerusform>
            <numerusform>%n cuentas coinciden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotesTab</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Awaiting your answer</source>
        <translation>Esperando tu respuesta</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <source>No quotes yet: when we send you one, it shows here.</source>
        <translation>Todavía no hay presupuestos: cuando te enviemos uno, aparece acá.</translation>
    </message>
    <message>
        <source>Quote detail</source>
        <translation>Detalle del presupuesto</translation>
    </message>
    <message>
        <source>Select a quote to see its items.</source>
        <translation>Elegí un presupuesto para ver sus ítems.</translation>
    </message>
    <message>
        <source>&amp;Accept quote…</source>
        <translation>&amp;Aceptar presupuesto…</translation>
    </message>
    <message>
        <source>Accept the selected quote</source>
        <translation>Aceptar el presupuesto elegido</translation>
    </message>
    <message>
        <source>&amp;Decline quote…</source>
        <translation>&amp;Rechazar presupuesto…</translation>
    </message>
    <message>
        <source>Decline the selected quote</source>
        <translation>Rechazar el presupuesto elegido</translation>
    </message>
    <message>
        <source>Loading quote %1…</source>
        <translation>Cargando el presupuesto %1…</translation>
    </message>
    <message>
        <source>Choose a quote in the list first.</source>
        <translation>Primero elegí un presupuesto de la lista.</translation>
    </message>
    <message>
        <source>Answering this quote…</source>
        <translation>Respondiendo este presupuesto…</translation>
    </message>
    <message>
        <source>This quote was already answered, withdrawn or is past its validity.</source>
        <translation>Este presupuesto ya se respondió, se retiró o venció.</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Presupuesto %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ítem</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Tax (%1%)</source>
        <translation>IVA (%1%)</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Accept quote %1 (%2)?

An invoice for %3 will be created in your account, to be paid by its due date. This cannot be undone.</source>
        <translation>¿Aceptar el presupuesto %1 (%2)?

Se va a generar en tu cuenta una factura por %3, a pagar hasta su vencimiento. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Accept quote</source>
        <translation>Aceptar presupuesto</translation>
    </message>
    <message>
        <source>Decline quote %1 (%2)?

It can no longer be accepted; ask for a new one in a ticket if you change your mind.</source>
        <translation>¿Rechazás el presupuesto %1 (%2)?

Ya no se va a poder aceptar; si cambiás de idea, pedí uno nuevo en un ticket.</translation>
    </message>
    <message>
        <source>Decline quote</source>
        <translation>Rechazar presupuesto</translation>
    </message>
    <message>
        <source>Declining quote %1…</source>
        <translation>Rechazando el presupuesto %1…</translation>
    </message>
    <message>
        <source>Quote %1 declined.</source>
        <translation>Presupuesto %1 rechazado.</translation>
    </message>
    <message>
        <source>Accepting quote %1…</source>
        <translation>Aceptando el presupuesto %1…</translation>
    </message>
    <message>
        <source>Quote %1 accepted: invoice %2 was created for %3.</source>
        <translation>Presupuesto %1 aceptado: se generó la factura %2 por %3.</translation>
    </message>
    <message>
        <source>Quote %1 accepted: an invoice was created.</source>
        <translation>Presupuesto %1 aceptado: se generó una factura.</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>Sign in to the client area</source>
        <translation>Ingresar al área de clientes</translation>
    </message>
    <message>
        <source>See services</source>
        <translation>Ver servicios</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Esta sesión</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Clave actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Clave nueva</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repetí la clave nueva</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Clave &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Clave &amp;nueva:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>Re&amp;petila:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Cambiar la clave</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar la clave</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <source>&amp;Set up two-factor sign-in</source>
        <translation>Activar la &amp;verificación en dos pasos</translation>
    </message>
    <message>
        <source>Set up two-factor sign-in</source>
        <translation>Activar la verificación en dos pasos</translation>
    </message>
    <message>
        <source>QR code to scan with your authenticator app</source>
        <translation>Código QR para escanear con tu app de autenticación</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>1. Scan this code with an authenticator app (Google Authenticator, Aegis, 1Password, ...), or type the key below.
2. Enter the 6-digit code the app shows.</source>
        <translation>1. Escaneá este código con una app de autenticación (Google Authenticator, Aegis, 1Password, ...), o escribí la clave de abajo.
2. Ingresá el código de 6 dígitos que muestra la app.</translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation>Código de la app de autenticación</translation>
    </message>
    <message>
        <source>C&amp;onfirm and turn on</source>
        <translation>C&amp;onfirmar y activar</translation>
    </message>
    <message>
        <source>Confirm and turn on</source>
        <translation>Confirmar y activar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the set-up</source>
        <translation>Cancelar la activación</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>Keep these recovery codes somewhere safe, away from your phone. Each one signs you in once if you lose the authenticator app. They are shown only now.</source>
        <translation>Guardá estos códigos de recuperación en un lugar seguro, lejos de tu teléfono. Cada uno te deja ingresar una vez si perdés la app de autenticación. Se muestran solo ahora.</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Códigos de recuperación</translation>
    </message>
    <message>
        <source>Cop&amp;y codes</source>
        <translation>Cop&amp;iar los códigos</translation>
    </message>
    <message>
        <source>Copy the recovery codes</source>
        <translation>Copiar los códigos de recuperación</translation>
    </message>
    <message>
        <source>I have saved them</source>
        <translation>Ya los guardé</translation>
    </message>
    <message>
        <source>Code or recovery code</source>
        <translation>Código o código de recuperación</translation>
    </message>
    <message>
        <source>code or recovery code</source>
        <translation>código o código de recuperación</translation>
    </message>
    <message>
        <source>Turn o&amp;ff</source>
        <translation>Desac&amp;tivar</translation>
    </message>
    <message>
        <source>Turn off two-factor sign-in</source>
        <translation>Desactivar la verificación en dos pasos</translation>
    </message>
    <message>
        <source>To turn it off, enter a code:</source>
        <translation>Para desactivarla, ingresá un código:</translation>
    </message>
    <message>
        <source>Connected apps</source>
        <translation>Aplicaciones conectadas</translation>
    </message>
    <message>
        <source>Third-party applications use single sign-on to reach your billing account directly, without signing in again. Revoke the ones you no longer use.</source>
        <translation>Las aplicaciones de terceros aprovechan el inicio de sesión simple para acceder directamente a tu cuenta de facturación sin tener que volver a autenticarte. Revocá las que ya no uses.</translation>
    </message>
    <message>
        <source>No application has access to your account.</source>
        <translation>Ninguna aplicación tiene acceso a tu cuenta.</translation>
    </message>
    <message>
        <source>Re&amp;voke access…</source>
        <translation>Re&amp;vocar el acceso…</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Revocar el acceso</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Sesiones activas</translation>
    </message>
    <message>
        <source>Where you are signed in. End a session you do not recognise: that program is signed out at once.</source>
        <translation>Dónde tenés la sesión iniciada. Cerrá una sesión que no reconozcas: ese programa queda desconectado en el momento.</translation>
    </message>
    <message>
        <source>&amp;End session…</source>
        <translation>C&amp;errar sesión…</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Enter the password you use now.</source>
        <translation>Ingresá la clave que usás ahora.</translation>
    </message>
    <message>
        <source>Use at least 10 characters.</source>
        <translation>Usá al menos 10 caracteres.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos claves nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Cambiando la clave…</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off. Turn it on to be asked, after your password, for a code from an app on your phone.</source>
        <translation>La verificación en dos pasos está desactivada. Activala para que, después de la clave, se te pida un código de una app de tu teléfono.</translation>
    </message>
    <message numerus="yes">
        <source>Two-factor sign-in is on: signing in asks for a code from your authenticator app. %n recovery code(s) left.</source>
        <translation>
            <numerusform>La verificación en dos pasos está activada: al ingresar se te pide un código de tu app de autenticación. Te queda %n código de recuperación.</numerusform>
            <numerusform>La verificación en dos pasos está activada: al ingresar se te pide un código de tu app de autenticación. Te quedan %n códigos de recuperación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting up two-factor sign-in.</source>
        <translation>Activando la verificación en dos pasos.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off.</source>
        <translation>La verificación en dos pasos está desactivada.</translation>
    </message>
    <message>
        <source>Enter the 6 digits the app shows.</source>
        <translation>Ingresá los 6 dígitos que muestra la app.</translation>
    </message>
    <message>
        <source>Recovery codes copied.</source>
        <translation>Códigos de recuperación copiados.</translation>
    </message>
    <message>
        <source>Enter a code from the app, or one of your recovery codes.</source>
        <translation>Ingresá un código de la app, o uno de tus códigos de recuperación.</translation>
    </message>
    <message>
        <source>Choose an application first.</source>
        <translation>Primero elegí una aplicación.</translation>
    </message>
    <message>
        <source>%1 will no longer reach your billing account with single sign-on. To use it again you must connect it again from that application.</source>
        <translation>%1 ya no va a poder acceder a tu cuenta de facturación con inicio de sesión simple. Para volver a usarla tenés que conectarla de nuevo desde esa aplicación.</translation>
    </message>
    <message>
        <source>Choose a session in the list first.</source>
        <translation>Primero elegí una sesión de la lista.</translation>
    </message>
    <message>
        <source>This is the session you are using: Sign out ends it.</source>
        <translation>Es la sesión que estás usando: la cerrás con «Cerrar sesión».</translation>
    </message>
    <message>
        <source>The session started %1 (%2) will be signed out at once; that program will ask for the password again.</source>
        <translation>La sesión iniciada el %1 (%2) se va a cerrar en el momento; ese programa va a volver a pedir la clave.</translation>
    </message>
</context>
<context>
    <name>ServiceActions</name>
    <message>
        <source>This plan cannot be changed automatically. Your account executive does it: open a ticket and they will get back to you.</source>
        <translation>Este plan no se puede cambiar de forma automática. Lo hace tu ejecutivo de cuentas: abrí un ticket y te va a responder.</translation>
    </message>
    <message>
        <source>Only an active service can do this.</source>
        <translation>Solo un servicio activo puede hacer esto.</translation>
    </message>
    <message>
        <source>A cancellation was already requested for this service.</source>
        <translation>Ya se solicitó la baja de este servicio.</translation>
    </message>
    <message>
        <source>This service is already cancelled or terminated.</source>
        <translation>Este servicio ya está cancelado o terminado.</translation>
    </message>
    <message>
        <source>Both accounts must have no overdue invoice before a service changes owner. Pay the overdue invoices first.</source>
        <translation>Ambas cuentas deben estar al día, sin facturas vencidas, para cambiar el titular de un servicio. Pagá primero las facturas vencidas.</translation>
    </message>
    <message>
        <source>No client has this e-mail address. The new owner must sign up as a client first.</source>
        <translation>Ningún cliente tiene este e-mail. El nuevo titular tiene que darse de alta como cliente primero.</translation>
    </message>
    <message>
        <source>The service already belongs to the client with this e-mail address. Give the new owner&apos;s e-mail: the two accounts must have different e-mail addresses.</source>
        <translation>El servicio ya pertenece al cliente con este e-mail. Ingresá el e-mail del nuevo titular: las dos cuentas deben tener e-mails diferentes.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>La clave no es correcta.</translation>
    </message>
    <message>
        <source>This is the current plan.</source>
        <translation>Este es el plan actual.</translation>
    </message>
    <message>
        <source>Only plans of the same group can be chosen.</source>
        <translation>Solo se pueden elegir planes del mismo grupo.</translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation>Este plan ya no existe.</translation>
    </message>
    <message>
        <source>This plan is not offered in the service&apos;s billing cycle.</source>
        <translation>Este plan no se ofrece en el ciclo de facturación del servicio.</translation>
    </message>
    <message>
        <source>Nothing you have paid is refunded when a service is cancelled.</source>
        <translation>Los importes abonados no son reembolsables cuando se da de baja un servicio.</translation>
    </message>
    <message>
        <source>Invoices for the current period must still be paid: a cancellation has to be asked for before new invoices or renewals are generated.</source>
        <translation>Las facturas del período en curso se deben pagar igual: la baja se tiene que pedir antes de que se generen nuevas facturas o renovaciones.</translation>
    </message>
    <message>
        <source>When the cancellation takes effect, every file of the service is deleted from the server: website, e-mails, FTP and the rest.</source>
        <translation>Cuando la baja se hace efectiva, se borran todos los archivos del servicio en el servidor: sitio web, correos, FTP y el resto.</translation>
    </message>
</context>
<context>
    <name>ServiceStatusView</name>
    <message>
        <source>Operational</source>
        <translation>Operativo</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>Rendimiento degradado</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Caída parcial</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Caída total</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Investigando</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identificado</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>En observación</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>No impact</source>
        <translation>Sin impacto</translation>
    </message>
    <message>
        <source>Minor impact</source>
        <translation>Impacto menor</translation>
    </message>
    <message>
        <source>Major impact</source>
        <translation>Impacto mayor</translation>
    </message>
    <message>
        <source>Critical impact</source>
        <translation>Impacto crítico</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Overall status</source>
        <translation>Estado general</translation>
    </message>
    <message>
        <source>Re&amp;fresh status</source>
        <translation>Act&amp;ualizar estado</translation>
    </message>
    <message>
        <source>Refresh the service status</source>
        <translation>Actualizar el estado del servicio</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incidents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Incidentes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All systems operational</source>
        <translation>Todos los sistemas operativos</translation>
    </message>
    <message>
        <source>Some systems have problems: %1</source>
        <translation>Algunos sistemas tienen problemas: %1</translation>
    </message>
    <message>
        <source>No incidents in the last 14 days.</source>
        <translation>No hubo incidentes en los últimos 14 días.</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>Afecta a: %1</translation>
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
        <source>Registration date</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Dedicated IP</source>
        <translation>IP dedicada</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Baja</translation>
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
        <source>No services to show.</source>
        <translation>No hay servicios para mostrar.</translation>
    </message>
    <message>
        <source>Service detail</source>
        <translation>Detalle del servicio</translation>
    </message>
    <message>
        <source>&amp;Upgrade/Downgrade…</source>
        <translation>Cambiar de &amp;plan…</translation>
    </message>
    <message>
        <source>Request cance&amp;llation…</source>
        <translation>Solicitar &amp;la baja…</translation>
    </message>
    <message>
        <source>Change o&amp;wner…</source>
        <translation>Cambiar el titula&amp;r…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>%1 services, %2 active</source>
        <translation>%1 servicios, %2 activos</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Select a service to see its detail.</source>
        <translation>Elegí un servicio para ver su detalle.</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>No solicitada</translation>
    </message>
    <message>
        <source>Changing a service needs the permission to manage services.</source>
        <translation>Para cambiar un servicio hace falta el permiso de administrar servicios.</translation>
    </message>
    <message>
        <source>Choose a service in the list first.</source>
        <translation>Primero elegí un servicio de la lista.</translation>
    </message>
    <message>
        <source>Only an active service can change plan.</source>
        <translation>Solo un servicio activo puede cambiar de plan.</translation>
    </message>
    <message>
        <source>This service is already cancelled or terminated.</source>
        <translation>Este servicio ya está cancelado o dado de baja.</translation>
    </message>
    <message>
        <source>Only an active service can change owner.</source>
        <translation>Solo un servicio activo puede cambiar de titular.</translation>
    </message>
    <message>
        <source>A cancellation was requested for this service.</source>
        <translation>Ya se pidió la baja de este servicio.</translation>
    </message>
    <message>
        <source>Checking whether a cancellation was already requested…</source>
        <translation>Revisando si ya se pidió la baja…</translation>
    </message>
    <message>
        <source>You can see this service, but changing it needs the permission to manage services.</source>
        <translation>Podés ver este servicio, pero para cambiarlo hace falta el permiso de gestionar servicios.</translation>
    </message>
</context>
<context>
    <name>StaffDesk</name>
    <message>
        <source>Only staff can do this.</source>
        <translation>Solo el personal de soporte puede hacer esto.</translation>
    </message>
    <message>
        <source>Another agent has already taken this chat.</source>
        <translation>Otro agente ya tomó este chat.</translation>
    </message>
    <message>
        <source>This chat has ended.</source>
        <translation>Este chat terminó.</translation>
    </message>
    <message>
        <source>Take the chat before writing in it.</source>
        <translation>Tomá el chat antes de escribir en él.</translation>
    </message>
    <message>
        <source>One of the components does not exist.</source>
        <translation>Uno de los componentes no existe.</translation>
    </message>
    <message>
        <source>Type at least 2 characters.</source>
        <translation>Escribí al menos 2 caracteres.</translation>
    </message>
    <message>
        <source>Write a title and a message.</source>
        <translation>Escribí un título y un mensaje.</translation>
    </message>
    <message>
        <source>Write a message.</source>
        <translation>Escribí un mensaje.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>Cola de tickets</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Chat en vivo</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>Estado del servicio</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Respuesta del cliente</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>In conversation</source>
        <translation>En conversación</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Investigando</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identificado</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoreando</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>No impact</source>
        <translation>Sin impacto</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operativo</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>Rendimiento degradado</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Caída parcial</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Caída total</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>dominio</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>factura</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
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
        <source>Found by</source>
        <translation>Encontrado por</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found.</source>
        <translation>
            <numerusform>Se encontró %n cliente.</numerusform>
            <numerusform>Se encontraron %n clientes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportTab</name>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Mis tickets</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nuevo ticket</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Chat en vivo</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>Estado del servicio</translation>
    </message>
</context>
<context>
    <name>TicketsPane</name>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>Show tickets with status</source>
        <translation>Mostrar tickets con estado</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>No cerrados</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh the ticket queue</source>
        <translation>Actualizar la cola de tickets</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>Cola de tickets</translation>
    </message>
    <message>
        <source>Ticket thread</source>
        <translation>Conversación del ticket</translation>
    </message>
    <message>
        <source>Reply as staff</source>
        <translation>Responder como soporte</translation>
    </message>
    <message>
        <source>Write the answer the client will receive</source>
        <translation>Escribí la respuesta que va a recibir el cliente</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>Enviar &amp;respuesta</translation>
    </message>
    <message>
        <source>Send the reply as staff</source>
        <translation>Enviar la respuesta como soporte</translation>
    </message>
    <message>
        <source>New status of the ticket</source>
        <translation>Nuevo estado del ticket</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Cambiar &amp;estado</translation>
    </message>
    <message>
        <source>Change the ticket&apos;s status</source>
        <translation>Cambiar el estado del ticket</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>De&amp;partamento:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Escribí la respuesta primero.</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Respuesta del cliente</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Última respuesta</translation>
    </message>
    <message>
        <source>Show tickets with status</source>
        <translation>Mostrar tickets con estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Search subject (Ctrl+F)</source>
        <translation>Buscar por asunto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search tickets by subject</source>
        <translation>Buscar tickets por asunto</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>No tickets to show.</source>
        <translation>No hay tickets para mostrar.</translation>
    </message>
    <message>
        <source>Ticket thread</source>
        <translation>Conversación del ticket</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Write your reply…</source>
        <translation>Escribí tu respuesta…</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>C&amp;lose ticket</source>
        <translation>C&amp;errar ticket</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Cerrar ticket</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Choose a ticket in the list first.</source>
        <translation>Primero elegí un ticket de la lista.</translation>
    </message>
    <message>
        <source>This ticket is closed.</source>
        <translation>Este ticket está cerrado.</translation>
    </message>
    <message>
        <source>Choose a ticket to read its messages.</source>
        <translation>Elegí un ticket para leer sus mensajes.</translation>
    </message>
    <message>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Escribí la respuesta primero.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Respuesta enviada.</translation>
    </message>
    <message>
        <source>Not sent. Your reply is kept.</source>
        <translation>No se envió. Tu respuesta queda guardada.</translation>
    </message>
    <message>
        <source>Close ticket #%1 “%2”? You can still reply later: a reply opens it again.</source>
        <translation>¿Cerrás el ticket #%1 «%2»? Podés responder más adelante: una respuesta lo vuelve a abrir.</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>Cerrando…</translation>
    </message>
</context>
<context>
    <name>UnpaidPane</name>
    <message>
        <source>&amp;Load unpaid invoices</source>
        <translation>&amp;Cargar facturas impagas</translation>
    </message>
    <message>
        <source>unpaid-invoices.csv</source>
        <translation>facturas-impagas.csv</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>%1 (current plan)</source>
        <translation>%1 (plan actual)</translation>
    </message>
    <message>
        <source>Upgrade/Downgrade</source>
        <translation>Cambiar de plan</translation>
    </message>
    <message>
        <source>Plans you can move to</source>
        <translation>Planes a los que podés cambiar</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cotización</translation>
    </message>
    <message>
        <source>Choose a plan to see what the change costs.</source>
        <translation>Elegí un plan para ver cuánto cuesta el cambio.</translation>
    </message>
    <message>
        <source>Open a &amp;ticket instead…</source>
        <translation>Abrir un &amp;ticket en su lugar…</translation>
    </message>
    <message>
        <source>Open a ticket instead</source>
        <translation>Abrir un ticket en su lugar</translation>
    </message>
    <message>
        <source>Ticket to your account executive</source>
        <translation>Ticket a tu ejecutivo de cuentas</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Send ticket</source>
        <translation>&amp;Enviar ticket</translation>
    </message>
    <message>
        <source>Send ticket</source>
        <translation>Enviar ticket</translation>
    </message>
    <message>
        <source>&amp;Confirm change…</source>
        <translation>&amp;Confirmar el cambio…</translation>
    </message>
    <message>
        <source>Confirm change</source>
        <translation>Confirmar el cambio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This is the current plan.</source>
        <translation>Este es el plan actual.</translation>
    </message>
    <message>
        <source>Asking the portal what this change costs…</source>
        <translation>Consultando al portal cuánto cuesta este cambio…</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Plan actual</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Plan nuevo</translation>
    </message>
    <message>
        <source>Already paid for this period</source>
        <translation>Ya abonado por este período</translation>
    </message>
    <message>
        <source>Difference to pay</source>
        <translation>Diferencia a pagar</translation>
    </message>
    <message>
        <source>Tax (%1%)</source>
        <translation>IVA (%1%)</translation>
    </message>
    <message>
        <source>Total to pay now</source>
        <translation>Total a pagar ahora</translation>
    </message>
    <message>
        <source>A downgrade is not refunded: there is nothing to pay now, and the new price applies from the next renewal (%1).</source>
        <translation>Un downgrade no se reembolsa: no hay nada para pagar ahora y el nuevo precio rige desde la próxima renovación (%1).</translation>
    </message>
    <message>
        <source>You pay only the difference between the new plan and what you already paid (%1 − %2 = %3). The next due date stays %4.</source>
        <translation>Pagás solo la diferencia entre el plan nuevo y lo que ya abonaste (%1 − %2 = %3). El próximo vencimiento sigue siendo el %4.</translation>
    </message>
    <message>
        <source>Change %1 to %2? An invoice of %3 (taxes included) is created now for the difference, and the service&apos;s price becomes %4 from the next renewal.</source>
        <translation>¿Cambiar %1 por %2? Se crea ahora una factura de %3 (impuestos incluidos) por la diferencia, y el precio del servicio pasa a ser %4 desde la próxima renovación.</translation>
    </message>
    <message>
        <source>Change %1 to %2? There is nothing to pay now (%3) and nothing is refunded; the service&apos;s price becomes %4 from the next renewal.</source>
        <translation>¿Cambiar %1 por %2? No hay nada para pagar ahora (%3) y no se reembolsa nada; el precio del servicio pasa a ser %4 desde la próxima renovación.</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Cambiar de plan</translation>
    </message>
    <message>
        <source>Changing the plan…</source>
        <translation>Cambiando el plan…</translation>
    </message>
    <message>
        <source>Done: the service is now on %1. An invoice of %2 was created for the difference; pay it in Invoices.</source>
        <translation>Listo: el servicio ahora está en %1. Se creó una factura de %2 por la diferencia; pagala en Facturas.</translation>
    </message>
    <message>
        <source>Done: the service is now on %1. There is nothing to pay (%2).</source>
        <translation>Listo: el servicio ahora está en %1. No hay nada para pagar (%2).</translation>
    </message>
    <message>
        <source>Plan change: %1 to %2</source>
        <translation>Cambio de plan: %1 a %2</translation>
    </message>
    <message>
        <source>I would like to change my service %1 (%2) from %3 to %4. The client area says it cannot be done automatically.</source>
        <translation>Quisiera cambiar mi servicio %1 (%2) de %3 a %4. El área de clientes indica que no se puede hacer de forma automática.</translation>
    </message>
    <message>
        <source>Plan change: %1</source>
        <translation>Cambio de plan: %1</translation>
    </message>
    <message>
        <source>I would like to change the plan of my service %1 (%2), now on %3. The client area says it cannot be done automatically.</source>
        <translation>Quisiera cambiar el plan de mi servicio %1 (%2), hoy en %3. El área de clientes indica que no se puede hacer de forma automática.</translation>
    </message>
    <message>
        <source>Ticket #%1 was opened in %2. Your account executive will answer it there.</source>
        <translation>Se abrió el ticket #%1 en %2. Tu ejecutivo de cuentas te va a responder ahí.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Owner</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>All permissions</source>
        <translation>Todos los permisos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>People with access</source>
        <translation>Personas con acceso</translation>
    </message>
    <message>
        <source>No invitations waiting.</source>
        <translation>No hay invitaciones pendientes.</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>Invitaciones pendientes</translation>
    </message>
    <message>
        <source>&amp;Withdraw invitation…</source>
        <translation>&amp;Retirar invitación…</translation>
    </message>
    <message>
        <source>In&amp;vite someone…</source>
        <translation>In&amp;vitar a alguien…</translation>
    </message>
    <message>
        <source>E-mail address to invite</source>
        <translation>E-mail de la persona a invitar</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Save permissions</source>
        <translation>&amp;Guardar permisos</translation>
    </message>
    <message>
        <source>Send i&amp;nvitation</source>
        <translation>E&amp;nviar invitación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Remove access…</source>
        <translation>&amp;Quitar acceso…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Choose an invitation first.</source>
        <translation>Primero elegí una invitación.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Invitar a alguien</translation>
    </message>
    <message>
        <source>They get an e-mail with an invitation code; someone who already signs in to this portal gets access at once.</source>
        <translation>Recibe un e-mail con un código de invitación; si ya ingresa a este portal, obtiene el acceso en el momento.</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Primero elegí una persona de la lista.</translation>
    </message>
    <message>
        <source>The account owner holds every permission.</source>
        <translation>Quien es titular de la cuenta tiene todos los permisos.</translation>
    </message>
    <message>
        <source>Select a person to see what they may do, or invite someone.</source>
        <translation>Elegí una persona para ver qué puede hacer, o invitá a alguien.</translation>
    </message>
    <message>
        <source>%1 owns the account: the owner holds every permission and cannot be restricted or removed.</source>
        <translation>%1 es titular de la cuenta: tiene todos los permisos y no se le pueden quitar ni restringir.</translation>
    </message>
    <message>
        <source>What %1 may do on this account:</source>
        <translation>Qué puede hacer %1 en esta cuenta:</translation>
    </message>
    <message>
        <source>Enter the e-mail address of the person.</source>
        <translation>Ingresá el e-mail de la persona.</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>Elegí al menos un permiso.</translation>
    </message>
    <message>
        <source>Sending the invitation…</source>
        <translation>Enviando la invitación…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>%1 (%2) will no longer reach this account: they stop seeing its services, invoices and tickets at once. To give access again you must invite them again.</source>
        <translation>%1 (%2) ya no va a poder acceder a esta cuenta: deja de ver sus servicios, facturas y tickets en el momento. Para darle acceso otra vez, tenés que volver a invitarlo.</translation>
    </message>
    <message>
        <source>Remove access</source>
        <translation>Quitar acceso</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Quitando…</translation>
    </message>
    <message>
        <source>The invitation sent to %1 will stop working.</source>
        <translation>La invitación enviada a %1 va a dejar de funcionar.</translation>
    </message>
    <message>
        <source>Withdraw invitation</source>
        <translation>Retirar invitación</translation>
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
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Back to the account that is open (Esc)</source>
        <translation>Volver a la cuenta abierta (Esc)</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
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
        <source>Sign in</source>
        <translation>Ingresar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Back to the sign-in form (Esc)</source>
        <translation>Volver al formulario de ingreso (Esc)</translation>
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
    <message>
        <source>Enter the 6-digit code from your authenticator app, or a recovery code.</source>
        <translation>Ingresá el código de 6 dígitos de tu app de autenticación, o un código de recuperación.</translation>
    </message>
</context>
<context>
    <name>_CrossAccountPane</name>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Cargar</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xportar a CSV…</translation>
    </message>
    <message>
        <source>Export this list to a CSV file</source>
        <translation>Exportar esta lista a un archivo CSV</translation>
    </message>
    <message>
        <source>Accounts answered</source>
        <translation>Cuentas que respondieron</translation>
    </message>
    <message>
        <source>%v of %m accounts</source>
        <translation>%v de %m cuentas</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>No se pudo escribir el archivo.</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>List and detail</source>
        <translation>Lista y detalle</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation>Atajo: %1</translation>
    </message>
    <message>
        <source>Down arrow: more choices</source>
        <translation>Flecha abajo: más opciones</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <source>Someone joins the account (welcome)</source>
        <translation>Se suma alguien a la cuenta (bienvenida)</translation>
    </message>
    <message>
        <source>The password is changed</source>
        <translation>Se cambia la clave</translation>
    </message>
    <message>
        <source>An invoice is created</source>
        <translation>Se genera una factura</translation>
    </message>
    <message>
        <source>The account details are edited</source>
        <translation>Se editan los datos de la cuenta</translation>
    </message>
    <message>
        <source>An invoice is cancelled</source>
        <translation>Se anula una factura</translation>
    </message>
    <message>
        <source>An invoice is paid</source>
        <translation>Se paga una factura</translation>
    </message>
    <message>
        <source>A service is suspended</source>
        <translation>Se suspende un servicio</translation>
    </message>
    <message>
        <source>A service is reactivated</source>
        <translation>Se reactiva un servicio</translation>
    </message>
    <message>
        <source>A service is terminated</source>
        <translation>Se da de baja un servicio</translation>
    </message>
    <message>
        <source>A quote is available</source>
        <translation>Hay un presupuesto disponible</translation>
    </message>
    <message>
        <source>A domain is deleted</source>
        <translation>Se elimina un dominio</translation>
    </message>
    <message>
        <source>Support answers a ticket</source>
        <translation>Soporte responde un ticket</translation>
    </message>
    <message>
        <source>Use the international format: + and the country code, e.g. +5491155550000.</source>
        <translation>Usá el formato internacional: + y el código de país, por ejemplo +5491155550000.</translation>
    </message>
    <message>
        <source>Enter a WhatsApp number, or turn off the WhatsApp alerts.</source>
        <translation>Ingresá un número de WhatsApp, o desactivá las alertas por WhatsApp.</translation>
    </message>
    <message>
        <source>This number is too long.</source>
        <translation>Este número es demasiado largo.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Account details changed</source>
        <translation>Datos de la cuenta modificados</translation>
    </message>
    <message>
        <source>Alert settings changed</source>
        <translation>Alertas modificadas</translation>
    </message>
    <message>
        <source>Connected app revoked</source>
        <translation>Aplicación conectada revocada</translation>
    </message>
    <message>
        <source>Automatic debit changed</source>
        <translation>Débito automático modificado</translation>
    </message>
    <message>
        <source>Card added</source>
        <translation>Tarjeta agregada</translation>
    </message>
    <message>
        <source>Default card changed</source>
        <translation>Tarjeta predeterminada cambiada</translation>
    </message>
    <message>
        <source>Card removed</source>
        <translation>Tarjeta quitada</translation>
    </message>
    <message>
        <source>Chat closed</source>
        <translation>Chat cerrado</translation>
    </message>
    <message>
        <source>Chat started</source>
        <translation>Chat iniciado</translation>
    </message>
    <message>
        <source>Chat taken by an agent</source>
        <translation>Chat tomado por un agente</translation>
    </message>
    <message>
        <source>Domain auto-renewal changed</source>
        <translation>Renovación automática del dominio modificada</translation>
    </message>
    <message>
        <source>Domain renewal invoiced</source>
        <translation>Renovación de dominio facturada</translation>
    </message>
    <message>
        <source>Incident posted</source>
        <translation>Incidente publicado</translation>
    </message>
    <message>
        <source>Incident updated</source>
        <translation>Incidente actualizado</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Pedido realizado</translation>
    </message>
    <message>
        <source>Service cancellation requested</source>
        <translation>Baja de servicio solicitada</translation>
    </message>
    <message>
        <source>Change of owner requested</source>
        <translation>Cambio de titular solicitado</translation>
    </message>
    <message>
        <source>Service plan changed</source>
        <translation>Plan del servicio cambiado</translation>
    </message>
    <message>
        <source>Ticket status changed</source>
        <translation>Estado del ticket cambiado</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Contacto agregado</translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation>Contacto quitado</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>Contacto modificado</translation>
    </message>
    <message>
        <source>Domain deleted</source>
        <translation>Dominio eliminado</translation>
    </message>
    <message>
        <source>Nameservers changed</source>
        <translation>Nameservers cambiados</translation>
    </message>
    <message>
        <source>Domain transfer out requested</source>
        <translation>Transferencia saliente de dominio solicitada</translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation>Invitación aceptada</translation>
    </message>
    <message>
        <source>Invitation withdrawn</source>
        <translation>Invitación retirada</translation>
    </message>
    <message>
        <source>Invoice cancelled</source>
        <translation>Factura anulada</translation>
    </message>
    <message>
        <source>Invoice paid</source>
        <translation>Factura pagada</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Clave cambiada</translation>
    </message>
    <message>
        <source>Quote accepted</source>
        <translation>Presupuesto aceptado</translation>
    </message>
    <message>
        <source>Quote declined</source>
        <translation>Presupuesto rechazado</translation>
    </message>
    <message>
        <source>Quote sent</source>
        <translation>Presupuesto enviado</translation>
    </message>
    <message>
        <source>Service cancelled</source>
        <translation>Servicio cancelado</translation>
    </message>
    <message>
        <source>Service reactivated</source>
        <translation>Servicio reactivado</translation>
    </message>
    <message>
        <source>Service suspended</source>
        <translation>Servicio suspendido</translation>
    </message>
    <message>
        <source>Service terminated</source>
        <translation>Servicio dado de baja</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Cierre de sesión</translation>
    </message>
    <message>
        <source>Ticket answered</source>
        <translation>Ticket respondido por soporte</translation>
    </message>
    <message>
        <source>Ticket closed</source>
        <translation>Ticket cerrado</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <translation>Ticket abierto</translation>
    </message>
    <message>
        <source>Ticket replied</source>
        <translation>Respuesta en un ticket</translation>
    </message>
    <message>
        <source>Two-factor sign-in turned off</source>
        <translation>Verificación en dos pasos desactivada</translation>
    </message>
    <message>
        <source>Two-factor sign-in turned on</source>
        <translation>Verificación en dos pasos activada</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Usuario agregado</translation>
    </message>
    <message>
        <source>User invited</source>
        <translation>Usuario invitado</translation>
    </message>
    <message>
        <source>User permissions changed</source>
        <translation>Permisos de usuario cambiados</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>Usuario quitado</translation>
    </message>
</context>
<context>
    <name>chat</name>
    <message>
        <source>This chat has ended. Start a new one to keep talking.</source>
        <translation>Este chat terminó. Iniciá uno nuevo para seguir hablando.</translation>
    </message>
    <message>
        <source>The portal did not accept the message.</source>
        <translation>El portal no aceptó el mensaje.</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Sin conexión desde las %1</translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <source>General e-mails</source>
        <translation>E-mails generales</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Tickets de soporte</translation>
    </message>
    <message>
        <source>Affiliates</source>
        <translation>Afiliados</translation>
    </message>
    <message>
        <source>Another contact of this account has this e-mail.</source>
        <translation>Otro contacto de esta cuenta tiene este e-mail.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Este e-mail no es válido.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este dato es obligatorio.</translation>
    </message>
    <message>
        <source>Contact %1 added.</source>
        <translation>Contacto %1 agregado.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>No hay cambios para guardar.</translation>
    </message>
    <message>
        <source>Contact %1 saved.</source>
        <translation>Contacto %1 guardado.</translation>
    </message>
    <message>
        <source>Contact %1 removed.</source>
        <translation>Contacto %1 quitado.</translation>
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
    <name>dashboard</name>
    <message>
        <source>This is not a valid domain name.</source>
        <translation>Esto no es un nombre de dominio válido.</translation>
    </message>
    <message>
        <source>Domains with this ending are not sold here.</source>
        <translation>No vendemos dominios con esta terminación.</translation>
    </message>
    <message>
        <source>This plan is not sold in this cycle.</source>
        <translation>Este plan no se vende con este ciclo.</translation>
    </message>
    <message>
        <source>This product is no longer sold.</source>
        <translation>Este producto ya no se vende.</translation>
    </message>
    <message>
        <source>Choose a product or a domain.</source>
        <translation>Elegí un producto o un dominio.</translation>
    </message>
    <message>
        <source>Choose a billing cycle.</source>
        <translation>Elegí un ciclo de facturación.</translation>
    </message>
    <message>
        <source>This domain is not available: someone has it already.</source>
        <translation>Este dominio no está disponible: ya lo tiene alguien.</translation>
    </message>
    <message>
        <source>%1 is already registered.</source>
        <translation>%1 ya está registrado.</translation>
    </message>
    <message>
        <source>%1 is reserved and cannot be registered.</source>
        <translation>%1 está reservado y no se puede registrar.</translation>
    </message>
    <message>
        <source>Invoice %1 is overdue since %2</source>
        <translation>La factura %1 está vencida desde el %2</translation>
    </message>
    <message numerus="yes">
        <source>Domain %1 expires in %n day(s)</source>
        <translation>
            <numerusform>El dominio %1 vence en %n día</numerusform>
            <numerusform>El dominio %1 vence en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket #%1 was answered: %2</source>
        <translation>Respondieron el ticket #%1: %2</translation>
    </message>
    <message>
        <source>%1 is not available.</source>
        <translation>%1 no está disponible.</translation>
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
        <source>Not connected to the portal yet: nothing was sent. Try again when it is back.</source>
        <translation>Todavía no hay conexión con el portal: no se envió nada. Probá de nuevo cuando vuelva.</translation>
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
        <source>Your hosting company has disabled this sign-in. Contact them to use it again.</source>
        <translation>Tu empresa de hosting deshabilitó este acceso. Comunicate con ella para volver a usarlo.</translation>
    </message>
    <message>
        <source>Your account uses two-factor authentication, which the app cannot check with your hosting company&apos;s billing system. Sign in to their web client area instead, or turn two-factor off there to use the app.</source>
        <translation>Tu cuenta usa verificación en dos pasos, que la app no puede comprobar con el sistema de facturación de tu empresa de hosting. Ingresá a su área de clientes web, o desactivá ahí la verificación en dos pasos para usar la app.</translation>
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
        <source>This is larger than the portal accepts. Send smaller or fewer files.</source>
        <translation>Esto supera lo que acepta el portal. Enviá archivos más chicos o menos archivos.</translation>
    </message>
    <message>
        <source>Your hosting company&apos;s billing system does not offer this in the app yet. Use their web client area for it.</source>
        <translation>El sistema de facturación de tu empresa de hosting todavía no ofrece esto en la app. Usá su área de clientes web para hacerlo.</translation>
    </message>
    <message>
        <source>Your hosting company&apos;s billing system does not answer. Retry in a moment.</source>
        <translation>El sistema de facturación de tu empresa de hosting no responde. Reintentá en un momento.</translation>
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
    <name>invoice status</name>
    <message>
        <source>Cancelled</source>
        <translation>Anulada</translation>
    </message>
</context>
<context>
    <name>local_cache</name>
    <message>
        <source>Saved data from %1 (%2); waiting for the portal</source>
        <translation>Datos guardados: %1 (%2); esperando al portal</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <source>Welcome to your client area</source>
        <translation>Bienvenido/a a tu área de clientes</translation>
    </message>
    <message>
        <source>You now have access to the account {account}.</source>
        <translation>Ya tenés acceso a la cuenta {account}.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Cambiaste tu clave</translation>
    </message>
    <message>
        <source>The password of {name} was changed. If it was not you, tell us.</source>
        <translation>Se cambió la clave de {name}. Si no fuiste vos, avisanos.</translation>
    </message>
    <message>
        <source>New invoice {number}</source>
        <translation>Nueva factura {number}</translation>
    </message>
    <message>
        <source>Invoice {number} for {currency} {total}, due on {due_on}.</source>
        <translation>Factura {number} por {currency} {total}, vence el {due_on}.</translation>
    </message>
    <message>
        <source>Account details changed</source>
        <translation>Se modificaron tus datos</translation>
    </message>
    <message>
        <source>The details of {account} were updated: {fields}.</source>
        <translation>Se actualizaron los datos de {account}: {fields}.</translation>
    </message>
    <message>
        <source>Invoice {number} cancelled</source>
        <translation>Factura {number} anulada</translation>
    </message>
    <message>
        <source>Invoice {number} was cancelled.</source>
        <translation>La factura {number} fue anulada.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Recibimos tu pago</translation>
    </message>
    <message>
        <source>The payment of invoice {number} for {currency} {total} arrived.</source>
        <translation>Registramos el pago de la factura {number} por {currency} {total}.</translation>
    </message>
    <message>
        <source>Service suspended</source>
        <translation>Servicio suspendido</translation>
    </message>
    <message>
        <source>The service {product} {domain} was suspended.</source>
        <translation>El servicio {product} {domain} fue suspendido.</translation>
    </message>
    <message>
        <source>Service reactivated</source>
        <translation>Servicio reactivado</translation>
    </message>
    <message>
        <source>The service {product} {domain} is active again.</source>
        <translation>El servicio {product} {domain} volvió a estar activo.</translation>
    </message>
    <message>
        <source>Service terminated</source>
        <translation>Servicio dado de baja</translation>
    </message>
    <message>
        <source>The service {product} {domain} was terminated.</source>
        <translation>El servicio {product} {domain} fue dado de baja.</translation>
    </message>
    <message>
        <source>A quote is available</source>
        <translation>Tenés un presupuesto disponible</translation>
    </message>
    <message>
        <source>Quote {number} ({subject}) is available for you to review.</source>
        <translation>El presupuesto {number} ({subject}) está disponible para que lo revises.</translation>
    </message>
    <message>
        <source>Domain deleted</source>
        <translation>Dominio eliminado</translation>
    </message>
    <message>
        <source>The domain {domain} was removed from your account.</source>
        <translation>El dominio {domain} fue eliminado de tu cuenta.</translation>
    </message>
    <message>
        <source>Ticket #{ticket} answered</source>
        <translation>Respondimos tu ticket #{ticket}</translation>
    </message>
    <message>
        <source>Support replied to your ticket “{subject}”.</source>
        <translation>Soporte respondió tu ticket “{subject}”.</translation>
    </message>
</context>
<context>
    <name>security</name>
    <message>
        <source>Two-factor sign-in is already on.</source>
        <translation>La verificación en dos pasos ya está activada.</translation>
    </message>
    <message>
        <source>Start the two-factor set-up again: the portal has no code waiting.</source>
        <translation>Empezá de nuevo la activación de la verificación en dos pasos: el portal no tiene ningún código pendiente.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is already off.</source>
        <translation>La verificación en dos pasos ya está desactivada.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Ingresá el código de 6 dígitos de tu app de autenticación.</translation>
    </message>
    <message>
        <source>That code is not valid. Enter the current code from your authenticator app, or one of your recovery codes.</source>
        <translation>Ese código no es válido. Ingresá el código actual de tu app de autenticación, o uno de tus códigos de recuperación.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>Esta no es tu clave actual.</translation>
    </message>
    <message>
        <source>Use at least 10 characters.</source>
        <translation>Usá al menos 10 caracteres.</translation>
    </message>
    <message>
        <source>This code is not valid. Check the time on your phone and try the next one.</source>
        <translation>Este código no es válido. Revisá la hora de tu teléfono y probá con el siguiente.</translation>
    </message>
    <message>
        <source>At least 10 characters. A few unrelated words are easier to remember and hard to guess. Changing it signs you out everywhere else.</source>
        <translation>Al menos 10 caracteres. Unas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar. Al cambiarla se cierran tus otras sesiones.</translation>
    </message>
    <message>
        <source>Password changed. Your other sessions were signed out.</source>
        <translation>Clave cambiada. Se cerraron tus otras sesiones.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on.</source>
        <translation>La verificación en dos pasos está activada.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off.</source>
        <translation>La verificación en dos pasos está desactivada.</translation>
    </message>
    <message>
        <source>%1 no longer has access.</source>
        <translation>%1 ya no tiene acceso.</translation>
    </message>
    <message>
        <source>The session was ended.</source>
        <translation>La sesión se cerró.</translation>
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
    <message>
        <source>Theme (system, light or dark)</source>
        <translation>Tema (sistema, claro u oscuro)</translation>
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
<context>
    <name>tickets</name>
    <message>
        <source>Only png, jpg, pdf, txt, log and zip files can be attached.</source>
        <translation>Solo se pueden adjuntar archivos png, jpg, pdf, txt, log y zip.</translation>
    </message>
    <message>
        <source>Each file can be 2 MB at most.</source>
        <translation>Cada archivo puede pesar 2 MB como máximo.</translation>
    </message>
    <message>
        <source>The file&apos;s content does not match its type.</source>
        <translation>El contenido del archivo no corresponde a su tipo.</translation>
    </message>
    <message>
        <source>The file could not be sent. Attach it again.</source>
        <translation>No se pudo enviar el archivo. Adjuntalo de nuevo.</translation>
    </message>
    <message>
        <source>Choose a department.</source>
        <translation>Elegí un departamento.</translation>
    </message>
    <message>
        <source>This service is not of this account.</source>
        <translation>Este servicio no es de esta cuenta.</translation>
    </message>
    <message>
        <source>At most 5 files per message.</source>
        <translation>Como máximo 5 archivos por mensaje.</translation>
    </message>
    <message>
        <source>%1: only png, jpg, pdf, txt, log and zip files can be attached.</source>
        <translation>%1: solo se pueden adjuntar archivos png, jpg, pdf, txt, log y zip.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: no se puede leer el archivo.</translation>
    </message>
    <message>
        <source>%1: each file can be 2 MB at most.</source>
        <translation>%1: cada archivo puede pesar 2 MB como máximo.</translation>
    </message>
    <message>
        <source>At most %1 files per message.</source>
        <translation>Como máximo %1 archivos por mensaje.</translation>
    </message>
    <message>
        <source>The draft could not be saved on this computer: %1</source>
        <translation>No se pudo guardar el borrador en esta computadora: %1</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>Some fields are not valid. Check the marked fields.</source>
        <translation>Hay campos con errores. Revisá los campos marcados.</translation>
    </message>
    <message>
        <source>Some files cannot be attached.</source>
        <translation>Algunos archivos no se pueden adjuntar.</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <source>Account details and settings</source>
        <translation>Datos y configuración de la cuenta</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>See services</source>
        <translation>Ver servicios</translation>
    </message>
    <message>
        <source>Manage services</source>
        <translation>Administrar servicios</translation>
    </message>
    <message>
        <source>Single sign-on to services</source>
        <translation>Inicio de sesión simple en los servicios</translation>
    </message>
    <message>
        <source>See domains</source>
        <translation>Ver dominios</translation>
    </message>
    <message>
        <source>Manage domains</source>
        <translation>Administrar dominios</translation>
    </message>
    <message>
        <source>Invoices and payments</source>
        <translation>Facturas y pagos</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Tickets de soporte</translation>
    </message>
    <message>
        <source>Affiliates</source>
        <translation>Afiliados</translation>
    </message>
    <message>
        <source>E-mails received</source>
        <translation>E-mails recibidos</translation>
    </message>
    <message>
        <source>Place orders</source>
        <translation>Hacer pedidos</translation>
    </message>
    <message>
        <source>Only the account owner manages users. Ask the owner to change who has access.</source>
        <translation>Solo el titular de la cuenta administra los usuarios. Pedile al titular que cambie quién tiene acceso.</translation>
    </message>
    <message>
        <source>The account owner holds every permission and cannot be restricted or removed.</source>
        <translation>El titular de la cuenta tiene todos los permisos y no se le pueden quitar ni restringir.</translation>
    </message>
    <message>
        <source>This person already has access to the account.</source>
        <translation>Esta persona ya tiene acceso a la cuenta.</translation>
    </message>
    <message>
        <source>An invitation to this address is already waiting to be accepted.</source>
        <translation>Ya hay una invitación a este e-mail esperando que la acepten.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Este e-mail no es válido.</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>Elegí al menos un permiso.</translation>
    </message>
    <message>
        <source>%1 already had an account here and now has access.</source>
        <translation>%1 ya tenía usuario en este portal y ahora tiene acceso.</translation>
    </message>
    <message>
        <source>Invitation sent to %1. They get access when they accept it.</source>
        <translation>Invitación enviada a %1. Va a tener acceso cuando la acepte.</translation>
    </message>
    <message>
        <source>Permissions of %1 saved.</source>
        <translation>Permisos de %1 guardados.</translation>
    </message>
    <message>
        <source>%1 no longer has access.</source>
        <translation>%1 ya no tiene acceso.</translation>
    </message>
    <message>
        <source>Invitation to %1 withdrawn.</source>
        <translation>Invitación a %1 retirada.</translation>
    </message>
</context>
</TS>
