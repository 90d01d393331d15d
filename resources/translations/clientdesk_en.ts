<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDetailsTab</name>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Address (line 2)</source>
        <translation>Address (line 2)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Province / state</source>
        <translation>Province / state</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Country (ISO code)</translation>
    </message>
    <message>
        <source>Tax ID (CUIT)</source>
        <translation>Tax ID (CUIT)</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Changes saved.</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>All invoices</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Show invoices</source>
        <translation>Show invoices</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Invoice detail</source>
        <translation>Invoice detail</translation>
    </message>
    <message>
        <source>Select an invoice to see its items.</source>
        <translation>Select an invoice to see its items.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Loading… (%1 so far)</source>
        <translation>Loading… (%1 so far)</translation>
    </message>
    <message>
        <source>%1 invoices shown; scroll for more</source>
        <translation>%1 invoices shown; scroll for more</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation>%1 invoices</translation>
    </message>
    <message>
        <source>Loading invoice %1…</source>
        <translation>Loading invoice %1…</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <source>Tax (%1%)</source>
        <translation>Tax (%1%)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Account &amp;details</source>
        <translation>Account &amp;details</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Invoices</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Client account</source>
        <translation>Client account</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Switch &amp;account</source>
        <translation>Switch &amp;account</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>%1 (demo portal)</source>
        <translation>%1 (demo portal)</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Billing cycle</translation>
    </message>
    <message>
        <source>Next due date</source>
        <translation>Next due date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show services with status</source>
        <translation>Show services with status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>%1 services, %2 active</source>
        <translation>%1 services, %2 active</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Clientdesk</source>
        <translation>Welcome to Clientdesk</translation>
    </message>
    <message>
        <source>Your hosting client area on the desktop: account, services, invoices and support.</source>
        <translation>Your hosting client area on the desktop: account, services, invoices and support.</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Portal address</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Remember me on this computer</translation>
    </message>
    <message>
        <source>Sign in to a portal</source>
        <translation>Sign in to a portal</translation>
    </message>
    <message>
        <source>Open the demo portal</source>
        <translation>Open the demo portal</translation>
    </message>
    <message>
        <source>Starts a portal with sample data on this computer and signs in to it.</source>
        <translation>Starts a portal with sample data on this computer and signs in to it.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>No portal yet? Try Clientdesk with sample data, nothing to set up.</source>
        <translation>No portal yet? Try Clientdesk with sample data, nothing to set up.</translation>
    </message>
    <message>
        <source>Fill in the portal address, e-mail and password.</source>
        <translation>Fill in the portal address, e-mail and password.</translation>
    </message>
</context>
<context>
    <name>cycle</name>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>One time</source>
        <translation>One time</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Semi-annually</source>
        <translation>Semi-annually</translation>
    </message>
    <message>
        <source>Annually</source>
        <translation>Annually</translation>
    </message>
    <message>
        <source>Biennially</source>
        <translation>Biennially</translation>
    </message>
    <message>
        <source>Triennially</source>
        <translation>Triennially</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <source>This does not have the expected format.</source>
        <translation>This does not have the expected format.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <source>This e-mail address belongs to another client.</source>
        <translation>This e-mail address belongs to another client.</translation>
    </message>
    <message>
        <source>The list changed; reload it.</source>
        <translation>The list changed; reload it.</translation>
    </message>
    <message>
        <source>The portal address must start with https:// (plain http:// only on this computer).</source>
        <translation>The portal address must start with https:// (plain http:// only on this computer).</translation>
    </message>
    <message>
        <source>This is not a portal address. Check it and try again.</source>
        <translation>This is not a portal address. Check it and try again.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. Check your connection and retry.</source>
        <translation>The portal did not answer in time. Check your connection and retry.</translation>
    </message>
    <message>
        <source>Cannot reach the portal. Check the address and your connection, then retry.</source>
        <translation>Cannot reach the portal. Check the address and your connection, then retry.</translation>
    </message>
    <message>
        <source>Wrong e-mail or password.</source>
        <translation>Wrong e-mail or password.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>You are not signed in.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Your session has ended. Sign in again.</translation>
    </message>
    <message>
        <source>You do not have permission to do this on this account.</source>
        <translation>You do not have permission to do this on this account.</translation>
    </message>
    <message>
        <source>This no longer exists, or you cannot see it.</source>
        <translation>This no longer exists, or you cannot see it.</translation>
    </message>
    <message>
        <source>Some fields are not valid. Check the marked fields.</source>
        <translation>Some fields are not valid. Check the marked fields.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Try again later.</source>
        <translation>Too many attempts. Try again later.</translation>
    </message>
    <message>
        <source>The portal had a problem. Retry in a moment.</source>
        <translation>The portal had a problem. Retry in a moment.</translation>
    </message>
    <message>
        <source>The portal refused the request.</source>
        <translation>The portal refused the request.</translation>
    </message>
    <message>
        <source>This computer has no keychain available, so Clientdesk cannot remember the sign-in. You are signed in for this session only.</source>
        <translation>This computer has no keychain available, so Clientdesk cannot remember the sign-in. You are signed in for this session only.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Portal address</source>
        <translation>Portal address</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Remember me</translation>
    </message>
    <message>
        <source>Language (empty: the system&apos;s)</source>
        <translation>Language (empty: the system&apos;s)</translation>
    </message>
    <message>
        <source>Last account</source>
        <translation>Last account</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Fraud</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Payment Pending</source>
        <translation>Payment Pending</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
</TS>
