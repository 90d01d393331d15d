<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountArea</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Users and permissions</source>
        <translation>Users and permissions</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
</context>
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
    <name>AlertHistory</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Not sent yet, retrying</source>
        <translation>Not sent yet, retrying</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Could not be delivered</source>
        <translation>Could not be delivered</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
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
        <translation>Choose how you hear about what happens in your account. WhatsApp alerts go to the number below; desktop alerts show on this computer while Clientdesk is open.</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>WhatsApp number</translation>
    </message>
    <message>
        <source>&amp;WhatsApp number:</source>
        <translation>&amp;WhatsApp number:</translation>
    </message>
    <message>
        <source>International format: + and the country code, with no spaces.</source>
        <translation>International format: + and the country code, with no spaces.</translation>
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
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Alerts sent</source>
        <translation>Alerts sent</translation>
    </message>
    <message>
        <source>The newest first. WhatsApp tells us when a message reaches the phone and when it is read.</source>
        <translation>The newest first. WhatsApp tells us when a message reaches the phone and when it is read.</translation>
    </message>
    <message>
        <source>No alerts sent yet.</source>
        <translation>No alerts sent yet.</translation>
    </message>
    <message>
        <source>&amp;Save alerts</source>
        <translation>&amp;Save alerts</translation>
    </message>
    <message>
        <source>Save alerts</source>
        <translation>Save alerts</translation>
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
        <source>Alerts saved.</source>
        <translation>Alerts saved.</translation>
    </message>
</context>
<context>
    <name>AllAccounts</name>
    <message numerus="yes">
        <source>%n overdue invoice(s)</source>
        <translation>
            <numerusform>%n overdue invoice</numerusform>
            <numerusform>%n overdue invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suspended service(s)</source>
        <translation>
            <numerusform>%n suspended service</numerusform>
            <numerusform>%n suspended services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) expiring</source>
        <translation>
            <numerusform>%n domain expiring</numerusform>
            <numerusform>%n domains expiring</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n open ticket</numerusform>
            <numerusform>%n open tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suspended</source>
        <translation>
            <numerusform>%n suspended</numerusform>
            <numerusform>%n suspended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n terminated</source>
        <translation>
            <numerusform>%n terminated</numerusform>
            <numerusform>%n terminated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completed</numerusform>
            <numerusform>%n completed</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Overdue invoices</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Domains expiring</source>
        <translation>Domains expiring</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Open tickets</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>Auto-renew</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No domain of any account expires within these days.</source>
        <translation>No domain of any account expires within these days.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) could not be read; the list leaves them out.</source>
        <translation>
            <numerusform>%n account could not be read; the list leaves it out.</numerusform>
            <numerusform>%n accounts could not be read; the list leaves them out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported.</source>
        <translation>
            <numerusform>%n row exported.</numerusform>
            <numerusform>%n rows exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unpaid invoices of every account</source>
        <translation>Unpaid invoices of every account</translation>
    </message>
    <message>
        <source>No account has an unpaid invoice.</source>
        <translation>No account has an unpaid invoice.</translation>
    </message>
    <message>
        <source>Domains expiring soon in every account</source>
        <translation>Domains expiring soon in every account</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) in %1 s</source>
        <translation>
            <numerusform>%n account in %1 s</numerusform>
            <numerusform>%n accounts in %1 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllAccountsPage</name>
    <message>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>Filter by name, e-mail or what needs attention</source>
        <translation>Filter by name, e-mail or what needs attention</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Filter accounts</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Reload every account</source>
        <translation>Reload every account</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;Open account</translation>
    </message>
    <message>
        <source>Open the selected account</source>
        <translation>Open the selected account</translation>
    </message>
    <message>
        <source>Accounts loaded</source>
        <translation>Accounts loaded</translation>
    </message>
    <message>
        <source>%v of %m accounts</source>
        <translation>%v of %m accounts</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Unpaid invoices</source>
        <translation>Unpaid invoices</translation>
    </message>
    <message>
        <source>Expiring domains</source>
        <translation>Expiring domains</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>No files attached.</translation>
    </message>
    <message>
        <source>A&amp;ttach files…</source>
        <translation>A&amp;ttach files…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Remove the selected file</translation>
    </message>
    <message>
        <source>png, jpg, pdf, txt, log or zip; 2 MB each, 5 at most. You can drop files here.</source>
        <translation>png, jpg, pdf, txt, log or zip; 2 MB each, 5 at most. You can drop files here.</translation>
    </message>
    <message>
        <source>Allowed files (*.png *.jpg *.jpeg *.pdf *.txt *.log *.zip)</source>
        <translation>Allowed files (*.png *.jpg *.jpeg *.pdf *.txt *.log *.zip)</translation>
    </message>
    <message>
        <source>%1: at most 5 files per message.</source>
        <translation>%1: at most 5 files per message.</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Every change made on this account, the newest first.</source>
        <translation>Every change made on this account, the newest first.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Billing</name>
    <message>
        <source>This invoice cannot be paid: it is not unpaid any more. Refresh the list.</source>
        <translation>This invoice cannot be paid: it is not unpaid any more. Refresh the list.</translation>
    </message>
    <message>
        <source>This card has expired. Choose another card or add a new one.</source>
        <translation>This card has expired. Choose another card or add a new one.</translation>
    </message>
    <message>
        <source>This quote is no longer valid. Ask for a new one in a ticket.</source>
        <translation>This quote is no longer valid. Ask for a new one in a ticket.</translation>
    </message>
    <message>
        <source>This quote was already accepted or has been withdrawn.</source>
        <translation>This quote was already accepted or has been withdrawn.</translation>
    </message>
    <message>
        <source>The portal refused the request. Retry in a moment.</source>
        <translation>The portal refused the request. Retry in a moment.</translation>
    </message>
    <message>
        <source>This card is no longer saved in the account. Refresh the cards.</source>
        <translation>This card is no longer saved in the account. Refresh the cards.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
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
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Request cancellation</source>
        <translation>Request cancellation</translation>
    </message>
    <message>
        <source>&amp;Immediate: the service is cancelled today</source>
        <translation>&amp;Immediate: the service is cancelled today</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>Immediate</translation>
    </message>
    <message>
        <source>At the &amp;end of the billing period: it keeps working until %1 and is not renewed</source>
        <translation>At the &amp;end of the billing period: it keeps working until %1 and is not renewed</translation>
    </message>
    <message>
        <source>End of billing period</source>
        <translation>End of billing period</translation>
    </message>
    <message>
        <source>Conditions of every cancellation</source>
        <translation>Conditions of every cancellation</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <source>Why are you leaving? (optional)</source>
        <translation>Why are you leaving? (optional)</translation>
    </message>
    <message>
        <source>Request &amp;cancellation…</source>
        <translation>Request &amp;cancellation…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel %1 today? The service stops today and every file on the server (website, e-mails, FTP) is deleted. Nothing paid is refunded and current invoices must still be paid. This cannot be undone.</source>
        <translation>Cancel %1 today? The service stops today and every file on the server (website, e-mails, FTP) is deleted. Nothing paid is refunded and current invoices must still be paid. This cannot be undone.</translation>
    </message>
    <message>
        <source>Cancel %1 at the end of the billing period (%2)? It keeps working until then, is not renewed, and then every file on the server is deleted. Nothing paid is refunded and current invoices must still be paid.</source>
        <translation>Cancel %1 at the end of the billing period (%2)? It keeps working until then, is not renewed, and then every file on the server is deleted. Nothing paid is refunded and current invoices must still be paid.</translation>
    </message>
    <message>
        <source>Enter your account password to confirm the cancellation:</source>
        <translation>Enter your account password to confirm the cancellation:</translation>
    </message>
    <message>
        <source>Cancellation requested on %1: immediate, the service was cancelled on %2.</source>
        <translation>Cancellation requested on %1: immediate, the service was cancelled on %2.</translation>
    </message>
    <message>
        <source>Cancellation requested on %1: at the end of the billing period, effective on %2. The service keeps working until then.</source>
        <translation>Cancellation requested on %1: at the end of the billing period, effective on %2. The service keeps working until then.</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Chats waiting or in conversation</source>
        <translation>Chats waiting or in conversation</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Refresh the chat queue</source>
        <translation>Refresh the chat queue</translation>
    </message>
    <message>
        <source>&amp;Take chat</source>
        <translation>&amp;Take chat</translation>
    </message>
    <message>
        <source>Take the selected chat</source>
        <translation>Take the selected chat</translation>
    </message>
    <message>
        <source>Chat conversation</source>
        <translation>Chat conversation</translation>
    </message>
    <message>
        <source>Message to the client</source>
        <translation>Message to the client</translation>
    </message>
    <message>
        <source>Write a message and press Enter</source>
        <translation>Write a message and press Enter</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Send the message</translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation>&amp;End chat</translation>
    </message>
    <message>
        <source>End the chat</source>
        <translation>End the chat</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>End chat</translation>
    </message>
    <message>
        <source>End this chat? The client can no longer write in it; the conversation is kept.</source>
        <translation>End this chat? The client can no longer write in it; the conversation is kept.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Chat subject</source>
        <translation>Chat subject</translation>
    </message>
    <message>
        <source>What do you need help with?</source>
        <translation>What do you need help with?</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>First message</translation>
    </message>
    <message>
        <source>Your first message (optional)</source>
        <translation>Your first message (optional)</translation>
    </message>
    <message>
        <source>&amp;Start chat</source>
        <translation>&amp;Start chat</translation>
    </message>
    <message>
        <source>Start chat</source>
        <translation>Start chat</translation>
    </message>
    <message>
        <source>Talk with one of our agents. They answer here, as soon as one is free.</source>
        <translation>Talk with one of our agents. They answer here, as soon as one is free.</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubject:</translation>
    </message>
    <message>
        <source>Chat state</source>
        <translation>Chat state</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Message to the agent</source>
        <translation>Message to the agent</translation>
    </message>
    <message>
        <source>Write a message and press Enter</source>
        <translation>Write a message and press Enter</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>Se&amp;nd</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Send message</translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation>&amp;End chat</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>End chat</translation>
    </message>
    <message>
        <source>Start a &amp;new chat</source>
        <translation>Start a &amp;new chat</translation>
    </message>
    <message>
        <source>Start a new chat</source>
        <translation>Start a new chat</translation>
    </message>
    <message>
        <source>Write what the chat is about.</source>
        <translation>Write what the chat is about.</translation>
    </message>
    <message>
        <source>“%1”: this chat has ended.</source>
        <translation>“%1”: this chat has ended.</translation>
    </message>
    <message>
        <source>“%1”: talking with %2.</source>
        <translation>“%1”: talking with %2.</translation>
    </message>
    <message>
        <source>“%1”: waiting for an agent…</source>
        <translation>“%1”: waiting for an agent…</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● connected</translation>
    </message>
    <message>
        <source>○ reconnecting…</source>
        <translation>○ reconnecting…</translation>
    </message>
</context>
<context>
    <name>ClientsPane</name>
    <message>
        <source>Name, e-mail, domain or invoice number</source>
        <translation>Name, e-mail, domain or invoice number</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Find a client</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Find clients</source>
        <translation>Find clients</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;Open account</translation>
    </message>
    <message>
        <source>Open the selected client&apos;s account</source>
        <translation>Open the selected client&apos;s account</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Clients found</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>Fin&amp;d:</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>C&amp;ompany:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Receives</source>
        <translation>Receives</translation>
    </message>
    <message>
        <source>Secondary contacts help you run the account: choose which e-mails each one receives, for example the invoices or the support tickets.</source>
        <translation>Secondary contacts help you run the account: choose which e-mails each one receives, for example the invoices or the support tickets.</translation>
    </message>
    <message>
        <source>No secondary contacts yet.</source>
        <translation>No secondary contacts yet.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Receives these e-mails:</source>
        <translation>Receives these e-mails:</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;New contact</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>&amp;Save contact</translation>
    </message>
    <message>
        <source>&amp;Remove contact…</source>
        <translation>&amp;Remove contact…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Choose a contact in the list first.</source>
        <translation>Account&lt;/source&gt;
        &lt;translation&gt;Account&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Details&lt;/source&gt;
        &lt;translation&gt;Details&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Users and permissions&lt;/source&gt;
        &lt;translation&gt;Users and permissions&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Contacts&lt;/source&gt;
        &lt;translation&gt;Contacts&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Security&lt;/source&gt;
        &lt;translation&gt;Security&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Alerts&lt;/source&gt;
        &lt;translation&gt;Alerts&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Audit log&lt;/source&gt;
        &lt;translation&gt;Audit log&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;AccountDetailsTab&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;First name&lt;/source&gt;
        &lt;translation&gt;First name&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Last name&lt;/source&gt;
        &lt;translation&gt;Last name&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Company&lt;/source&gt;
        &lt;translation&gt;Company&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;E-mail&lt;/source&gt;
        &lt;translation&gt;E-mail&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Phone&lt;/source&gt;
        &lt;translation&gt;Phone&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Address&lt;/source&gt;
        &lt;translation&gt;Address&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Address (line 2)&lt;/source&gt;
        &lt;translation&gt;Address (line 2)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;City&lt;/source&gt;
        &lt;translation&gt;City&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Province / state&lt;/source&gt;
        &lt;translation&gt;Province / state&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Postcode&lt;/source&gt;
        &lt;translation&gt;Postcode&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Country (ISO code)&lt;/source&gt;
        &lt;translation&gt;Country (ISO code)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Tax ID (CUIT)&lt;/source&gt;
        &lt;translation&gt;Tax ID (CUIT)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Spanish&lt;/source&gt;
        &lt;translation&gt;Spanish&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;English&lt;/source&gt;
        &lt;translation&gt;English&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Language&lt;/source&gt;
        &lt;translation&gt;Language&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Edit&lt;/source&gt;
        &lt;translation&gt;&amp;Edit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Save changes&lt;/source&gt;
        &lt;translation&gt;&amp;Save changes&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cancel&lt;/source&gt;
        &lt;translation&gt;Cancel&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Reload&lt;/source&gt;
        &lt;translation&gt;Reload&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading…&lt;/source&gt;
        &lt;translation&gt;Loading…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Saving…&lt;/source&gt;
        &lt;translation&gt;Saving…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Changes saved.&lt;/source&gt;
        &lt;translation&gt;Changes saved.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;AlertHistory&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Waiting to be sent&lt;/source&gt;
        &lt;translation&gt;Waiting to be sent&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Not sent yet, retrying&lt;/source&gt;
        &lt;translation&gt;Not sent yet, retrying&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Sent&lt;/source&gt;
        &lt;translation&gt;Sent&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Delivered&lt;/source&gt;
        &lt;translation&gt;Delivered&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Read&lt;/source&gt;
        &lt;translation&gt;Read&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Could not be delivered&lt;/source&gt;
        &lt;translation&gt;Could not be delivered&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1, %2&lt;/source&gt;
        &lt;translation&gt;%1, %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Date&lt;/source&gt;
        &lt;translation&gt;Date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Alert&lt;/source&gt;
        &lt;translation&gt;Alert&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;E-mail&lt;/source&gt;
        &lt;translation&gt;E-mail&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;WhatsApp&lt;/source&gt;
        &lt;translation&gt;WhatsApp&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;AlertsTab&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Choose how you hear about what happens in your account. WhatsApp alerts go to the number below; desktop alerts show on this computer while Clientdesk is open.&lt;/source&gt;
        &lt;translation&gt;Choose how you hear about what happens in your account. WhatsApp alerts go to the number below; desktop alerts show on this computer while Clientdesk is open.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;WhatsApp number&lt;/source&gt;
        &lt;translation&gt;WhatsApp number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;WhatsApp number:&lt;/source&gt;
        &lt;translation&gt;&amp;WhatsApp number:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;International format: + and the country code, with no spaces.&lt;/source&gt;
        &lt;translation&gt;International format: + and the country code, with no spaces.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;WhatsApp&lt;/source&gt;
        &lt;translation&gt;WhatsApp&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;E-mail&lt;/source&gt;
        &lt;translation&gt;E-mail&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Desktop&lt;/source&gt;
        &lt;translation&gt;Desktop&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Events&lt;/source&gt;
        &lt;translation&gt;Events&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 by %2&lt;/source&gt;
        &lt;translation&gt;%1 by %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Alerts sent&lt;/source&gt;
        &lt;translation&gt;Alerts sent&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The newest first. WhatsApp tells us when a message reaches the phone and when it is read.&lt;/source&gt;
        &lt;translation&gt;The newest first. WhatsApp tells us when a message reaches the phone and when it is read.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No alerts sent yet.&lt;/source&gt;
        &lt;translation&gt;No alerts sent yet.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Save alerts&lt;/source&gt;
        &lt;translation&gt;&amp;Save alerts&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Save alerts&lt;/source&gt;
        &lt;translation&gt;Save alerts&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Reload&lt;/source&gt;
        &lt;translation&gt;Reload&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading…&lt;/source&gt;
        &lt;translation&gt;Loading…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Saving…&lt;/source&gt;
        &lt;translation&gt;Saving…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Alerts saved.&lt;/source&gt;
        &lt;translation&gt;Alerts saved.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;AllAccounts&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n overdue invoice(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n overdue invoice&lt;/numerusform&gt;
            &lt;numerusform&gt;%n overdue invoices&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n suspended service(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n suspended service&lt;/numerusform&gt;
            &lt;numerusform&gt;%n suspended services&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n domain(s) expiring&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n domain expiring&lt;/numerusform&gt;
            &lt;numerusform&gt;%n domains expiring&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n open ticket(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n open ticket&lt;/numerusform&gt;
            &lt;numerusform&gt;%n open tickets&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Account&lt;/source&gt;
        &lt;translation&gt;Account&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;E-mail&lt;/source&gt;
        &lt;translation&gt;E-mail&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Needs attention&lt;/source&gt;
        &lt;translation&gt;Needs attention&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Balance due&lt;/source&gt;
        &lt;translation&gt;Balance due&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Overdue invoices&lt;/source&gt;
        &lt;translation&gt;Overdue invoices&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Services&lt;/source&gt;
        &lt;translation&gt;Services&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Domains expiring&lt;/source&gt;
        &lt;translation&gt;Domains expiring&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Open tickets&lt;/source&gt;
        &lt;translation&gt;Open tickets&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Invoice&lt;/source&gt;
        &lt;translation&gt;Invoice&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Issued&lt;/source&gt;
        &lt;translation&gt;Issued&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Due&lt;/source&gt;
        &lt;translation&gt;Due&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Status&lt;/source&gt;
        &lt;translation&gt;Status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Balance&lt;/source&gt;
        &lt;translation&gt;Balance&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Domain&lt;/source&gt;
        &lt;translation&gt;Domain&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Expires&lt;/source&gt;
        &lt;translation&gt;Expires&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Days left&lt;/source&gt;
        &lt;translation&gt;Days left&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Auto-renew&lt;/source&gt;
        &lt;translation&gt;Auto-renew&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Yes&lt;/source&gt;
        &lt;translation&gt;Yes&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No&lt;/source&gt;
        &lt;translation&gt;No&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No domain of any account expires within these days.&lt;/source&gt;
        &lt;translation&gt;No domain of any account expires within these days.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n row(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n account(s) could not be read; the list leaves them out.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n account could not be read; the list leaves it out.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n accounts could not be read; the list leaves them out.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n row(s) exported.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n row exported.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n rows exported.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Unpaid invoices of every account&lt;/source&gt;
        &lt;translation&gt;Unpaid invoices of every account&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No account has an unpaid invoice.&lt;/source&gt;
        &lt;translation&gt;No account has an unpaid invoice.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Domains expiring soon in every account&lt;/source&gt;
        &lt;translation&gt;Domains expiring soon in every account&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n account(s) in %1 s&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n account in %1 s&lt;/numerusform&gt;
            &lt;numerusform&gt;%n accounts in %1 s&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;AllAccountsPage&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;All accounts&lt;/source&gt;
        &lt;translation&gt;All accounts&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Filter by name, e-mail or what needs attention&lt;/source&gt;
        &lt;translation&gt;Filter by name, e-mail or what needs attention&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Filter accounts&lt;/source&gt;
        &lt;translation&gt;Filter accounts&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Reload&lt;/source&gt;
        &lt;translation&gt;&amp;Reload&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Reload every account&lt;/source&gt;
        &lt;translation&gt;Reload every account&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Open account&lt;/source&gt;
        &lt;translation&gt;&amp;Open account&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Open the selected account&lt;/source&gt;
        &lt;translation&gt;Open the selected account&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Accounts loaded&lt;/source&gt;
        &lt;translation&gt;Accounts loaded&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%v of %m accounts&lt;/source&gt;
        &lt;translation&gt;%v of %m accounts&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Accounts&lt;/source&gt;
        &lt;translation&gt;Accounts&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Unpaid invoices&lt;/source&gt;
        &lt;translation&gt;Unpaid invoices&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Expiring domains&lt;/source&gt;
        &lt;translation&gt;Expiring domains&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;AttachmentList&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Attached files&lt;/source&gt;
        &lt;translation&gt;Attached files&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No files attached.&lt;/source&gt;
        &lt;translation&gt;No files attached.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;A&amp;ttach files…&lt;/source&gt;
        &lt;translation&gt;A&amp;ttach files…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Attach files&lt;/source&gt;
        &lt;translation&gt;Attach files&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Remove file&lt;/source&gt;
        &lt;translation&gt;Remove file&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Remove the selected file&lt;/source&gt;
        &lt;translation&gt;Remove the selected file&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;png, jpg, pdf, txt, log or zip; 2 MB each, 5 at most. You can drop files here.&lt;/source&gt;
        &lt;translation&gt;png, jpg, pdf, txt, log or zip; 2 MB each, 5 at most. You can drop files here.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Allowed files (*.png *.jpg *.jpeg *.pdf *.txt *.log *.zip)&lt;/source&gt;
        &lt;translation&gt;Allowed files (*.png *.jpg *.jpeg *.pdf *.txt *.log *.zip)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1: at most 5 files per message.&lt;/source&gt;
        &lt;translation&gt;%1: at most 5 files per message.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;AuditTab&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;When&lt;/source&gt;
        &lt;translation&gt;When&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Who&lt;/source&gt;
        &lt;translation&gt;Who&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Action&lt;/source&gt;
        &lt;translation&gt;Action&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Detail&lt;/source&gt;
        &lt;translation&gt;Detail&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Nothing recorded yet.&lt;/source&gt;
        &lt;translation&gt;Nothing recorded yet.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Audit log&lt;/source&gt;
        &lt;translation&gt;Audit log&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Reload&lt;/source&gt;
        &lt;translation&gt;Reload&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Every change made on this account, the newest first.&lt;/source&gt;
        &lt;translation&gt;Every change made on this account, the newest first.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n entries shown&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n entry shown&lt;/numerusform&gt;
            &lt;numerusform&gt;%n entries shown&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Billing&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;This invoice cannot be paid: it is not unpaid any more. Refresh the list.&lt;/source&gt;
        &lt;translation&gt;This invoice cannot be paid: it is not unpaid any more. Refresh the list.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This card has expired. Choose another card or add a new one.&lt;/source&gt;
        &lt;translation&gt;This card has expired. Choose another card or add a new one.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This quote is no longer valid. Ask for a new one in a ticket.&lt;/source&gt;
        &lt;translation&gt;This quote is no longer valid. Ask for a new one in a ticket.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This quote was already accepted or has been withdrawn.&lt;/source&gt;
        &lt;translation&gt;This quote was already accepted or has been withdrawn.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The portal refused the request. Retry in a moment.&lt;/source&gt;
        &lt;translation&gt;The portal refused the request. Retry in a moment.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This card is no longer saved in the account. Refresh the cards.&lt;/source&gt;
        &lt;translation&gt;This card is no longer saved in the account. Refresh the cards.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Number&lt;/source&gt;
        &lt;translation&gt;Number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Issued on&lt;/source&gt;
        &lt;translation&gt;Issued on&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Due on&lt;/source&gt;
        &lt;translation&gt;Due on&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Paid on&lt;/source&gt;
        &lt;translation&gt;Paid on&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Status&lt;/source&gt;
        &lt;translation&gt;Status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Overdue&lt;/source&gt;
        &lt;translation&gt;Overdue&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Total&lt;/source&gt;
        &lt;translation&gt;Total&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Balance&lt;/source&gt;
        &lt;translation&gt;Balance&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Currency&lt;/source&gt;
        &lt;translation&gt;Currency&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;yes&lt;/source&gt;
        &lt;translation&gt;yes&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;no&lt;/source&gt;
        &lt;translation&gt;no&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The file could not be written: %1&lt;/source&gt;
        &lt;translation&gt;The file could not be written: %1&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;CancelDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Request cancellation&lt;/source&gt;
        &lt;translation&gt;Request cancellation&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Immediate: the service is cancelled today&lt;/source&gt;
        &lt;translation&gt;&amp;Immediate: the service is cancelled today&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Immediate&lt;/source&gt;
        &lt;translation&gt;Immediate&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;At the &amp;end of the billing period: it keeps working until %1 and is not renewed&lt;/source&gt;
        &lt;translation&gt;At the &amp;end of the billing period: it keeps working until %1 and is not renewed&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;End of billing period&lt;/source&gt;
        &lt;translation&gt;End of billing period&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Conditions of every cancellation&lt;/source&gt;
        &lt;translation&gt;Conditions of every cancellation&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Reason (optional)&lt;/source&gt;
        &lt;translation&gt;Reason (optional)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Why are you leaving? (optional)&lt;/source&gt;
        &lt;translation&gt;Why are you leaving? (optional)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Request &amp;cancellation…&lt;/source&gt;
        &lt;translation&gt;Request &amp;cancellation…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Close&lt;/source&gt;
        &lt;translation&gt;Close&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cancel %1 today? The service stops today and every file on the server (website, e-mails, FTP) is deleted. Nothing paid is refunded and current invoices must still be paid. This cannot be undone.&lt;/source&gt;
        &lt;translation&gt;Cancel %1 today? The service stops today and every file on the server (website, e-mails, FTP) is deleted. Nothing paid is refunded and current invoices must still be paid. This cannot be undone.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cancel %1 at the end of the billing period (%2)? It keeps working until then, is not renewed, and then every file on the server is deleted. Nothing paid is refunded and current invoices must still be paid.&lt;/source&gt;
        &lt;translation&gt;Cancel %1 at the end of the billing period (%2)? It keeps working until then, is not renewed, and then every file on the server is deleted. Nothing paid is refunded and current invoices must still be paid.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Enter your account password to confirm the cancellation:&lt;/source&gt;
        &lt;translation&gt;Enter your account password to confirm the cancellation:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cancellation requested on %1: immediate, the service was cancelled on %2.&lt;/source&gt;
        &lt;translation&gt;Cancellation requested on %1: immediate, the service was cancelled on %2.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cancellation requested on %1: at the end of the billing period, effective on %2. The service keeps working until then.&lt;/source&gt;
        &lt;translation&gt;Cancellation requested on %1: at the end of the billing period, effective on %2. The service keeps working until then.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ChatPane&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Chats waiting or in conversation&lt;/source&gt;
        &lt;translation&gt;Chats waiting or in conversation&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Refresh&lt;/source&gt;
        &lt;translation&gt;&amp;Refresh&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Refresh the chat queue&lt;/source&gt;
        &lt;translation&gt;Refresh the chat queue&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Take chat&lt;/source&gt;
        &lt;translation&gt;&amp;Take chat&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Take the selected chat&lt;/source&gt;
        &lt;translation&gt;Take the selected chat&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Chat conversation&lt;/source&gt;
        &lt;translation&gt;Chat conversation&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Message to the client&lt;/source&gt;
        &lt;translation&gt;Message to the client&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Write a message and press Enter&lt;/source&gt;
        &lt;translation&gt;Write a message and press Enter&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Send&lt;/source&gt;
        &lt;translation&gt;&amp;Send&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Send the message&lt;/source&gt;
        &lt;translation&gt;Send the message&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;End chat&lt;/source&gt;
        &lt;translation&gt;&amp;End chat&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;End the chat&lt;/source&gt;
        &lt;translation&gt;End the chat&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;End chat&lt;/source&gt;
        &lt;translation&gt;End chat&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;End this chat? The client can no longer write in it; the conversation is kept.&lt;/source&gt;
        &lt;translation&gt;End this chat? The client can no longer write in it; the conversation is kept.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ChatView&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Chat subject&lt;/source&gt;
        &lt;translation&gt;Chat subject&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;What do you need help with?&lt;/source&gt;
        &lt;translation&gt;What do you need help with?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;First message&lt;/source&gt;
        &lt;translation&gt;First message&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Your first message (optional)&lt;/source&gt;
        &lt;translation&gt;Your first message (optional)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Start chat&lt;/source&gt;
        &lt;translation&gt;&amp;Start chat&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Start chat&lt;/source&gt;
        &lt;translation&gt;Start chat&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Talk with one of our agents. They answer here, as soon as one is free.&lt;/source&gt;
        &lt;translation&gt;Talk with one of our agents. They answer here, as soon as one is free.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;S&amp;ubject:&lt;/source&gt;
        &lt;translation&gt;S&amp;ubject:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Chat state&lt;/source&gt;
        &lt;translation&gt;Chat state&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Conversation&lt;/source&gt;
        &lt;translation&gt;Conversation&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Message to the agent&lt;/source&gt;
        &lt;translation&gt;Message to the agent&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Write a message and press Enter&lt;/source&gt;
        &lt;translation&gt;Write a message and press Enter&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Se&amp;nd&lt;/source&gt;
        &lt;translation&gt;Se&amp;nd&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Send message&lt;/source&gt;
        &lt;translation&gt;Send message&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;End chat&lt;/source&gt;
        &lt;translation&gt;&amp;End chat&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;End chat&lt;/source&gt;
        &lt;translation&gt;End chat&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Start a &amp;new chat&lt;/source&gt;
        &lt;translation&gt;Start a &amp;new chat&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Start a new chat&lt;/source&gt;
        &lt;translation&gt;Start a new chat&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Write what the chat is about.&lt;/source&gt;
        &lt;translation&gt;Write what the chat is about.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;“%1”: this chat has ended.&lt;/source&gt;
        &lt;translation&gt;“%1”: this chat has ended.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;“%1”: talking with %2.&lt;/source&gt;
        &lt;translation&gt;“%1”: talking with %2.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;“%1”: waiting for an agent…&lt;/source&gt;
        &lt;translation&gt;“%1”: waiting for an agent…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;● connected&lt;/source&gt;
        &lt;translation&gt;● connected&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;○ reconnecting…&lt;/source&gt;
        &lt;translation&gt;○ reconnecting…&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ClientsPane&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Name, e-mail, domain or invoice number&lt;/source&gt;
        &lt;translation&gt;Name, e-mail, domain or invoice number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Find a client&lt;/source&gt;
        &lt;translation&gt;Find a client&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Find&lt;/source&gt;
        &lt;translation&gt;&amp;Find&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Find clients&lt;/source&gt;
        &lt;translation&gt;Find clients&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Open account&lt;/source&gt;
        &lt;translation&gt;&amp;Open account&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Open the selected client&apos;s account&lt;/source&gt;
        &lt;translation&gt;Open the selected client&apos;s account&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Clients found&lt;/source&gt;
        &lt;translation&gt;Clients found&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Fin&amp;d:&lt;/source&gt;
        &lt;translation&gt;Fin&amp;d:&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ContactsTab&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;First name:&lt;/source&gt;
        &lt;translation&gt;&amp;First name:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Last name:&lt;/source&gt;
        &lt;translation&gt;&amp;Last name:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;C&amp;ompany:&lt;/source&gt;
        &lt;translation&gt;C&amp;ompany:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;E-mail:&lt;/source&gt;
        &lt;translation&gt;&amp;E-mail:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;P&amp;hone:&lt;/source&gt;
        &lt;translation&gt;P&amp;hone:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Nothing&lt;/source&gt;
        &lt;translation&gt;Nothing&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Name&lt;/source&gt;
        &lt;translation&gt;Name&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Company&lt;/source&gt;
        &lt;translation&gt;Company&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;E-mail&lt;/source&gt;
        &lt;translation&gt;E-mail&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Receives&lt;/source&gt;
        &lt;translation&gt;Receives&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Secondary contacts help you run the account: choose which e-mails each one receives, for example the invoices or the support tickets.&lt;/source&gt;
        &lt;translation&gt;Secondary contacts help you run the account: choose which e-mails each one receives, for example the invoices or the support tickets.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No secondary contacts yet.&lt;/source&gt;
        &lt;translation&gt;No secondary contacts yet.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Contacts&lt;/source&gt;
        &lt;translation&gt;Contacts&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Receives these e-mails:&lt;/source&gt;
        &lt;translation&gt;Receives these e-mails:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;New contact&lt;/source&gt;
        &lt;translation&gt;&amp;New contact&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Save contact&lt;/source&gt;
        &lt;translation&gt;&amp;Save contact&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Remove contact…&lt;/source&gt;
        &lt;translation&gt;&amp;Remove contact…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading…&lt;/source&gt;
        &lt;translation&gt;Loading…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Choose a contact in the list first.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s first name.</source>
        <translation>Enter the contact&apos;s first name.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s e-mail address.</source>
        <translation>Enter the contact&apos;s e-mail address.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>%1 (%2) will be removed from the account&apos;s contacts and will stop receiving its e-mails.</source>
        <translation>%1 (%2) will be removed from the account&apos;s contacts and will stop receiving its e-mails.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Removing…</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Needs your attention</source>
        <translation>Needs your attention</translation>
    </message>
    <message>
        <source>&amp;Register a domain</source>
        <translation>&amp;Register a domain</translation>
    </message>
    <message>
        <source>Register a domain</source>
        <translation>Register a domain</translation>
    </message>
    <message>
        <source>&amp;Buy a service</source>
        <translation>&amp;Buy a service</translation>
    </message>
    <message>
        <source>Buy a service</source>
        <translation>Buy a service</translation>
    </message>
    <message>
        <source>Order result</source>
        <translation>Order result</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Your account</translation>
    </message>
    <message>
        <source>Active services</source>
        <translation>Active services</translation>
    </message>
    <message>
        <source>Unpaid invoices</source>
        <translation>Unpaid invoices</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Overdue invoices</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Open tickets</translation>
    </message>
    <message>
        <source>Domains expiring in 30 days</source>
        <translation>Domains expiring in 30 days</translation>
    </message>
    <message>
        <source>Account figures</source>
        <translation>Account figures</translation>
    </message>
    <message>
        <source>Spending by month (paid invoices)</source>
        <translation>Spending by month (paid invoices)</translation>
    </message>
    <message>
        <source>Spending by month</source>
        <translation>Spending by month</translation>
    </message>
    <message>
        <source>Show spending as a &amp;table</source>
        <translation>Show spending as a &amp;table</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Loading the account&apos;s figures…</source>
        <translation>Loading the account&apos;s figures…</translation>
    </message>
    <message>
        <source>could not be loaded</source>
        <translation>could not be loaded</translation>
    </message>
    <message>
        <source>The account&apos;s figures could not be loaded.</source>
        <translation>The account&apos;s figures could not be loaded.</translation>
    </message>
    <message>
        <source>No unpaid invoices: there is nothing to pay.</source>
        <translation>No unpaid invoices: there is nothing to pay.</translation>
    </message>
    <message>
        <source>Balance due: %1</source>
        <translation>Balance due: %1</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Nothing needs your attention.</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a line to open it.</source>
        <translation>Double-click or press Enter on a line to open it.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Show spending as a &amp;chart</source>
        <translation>Show spending as a &amp;chart</translation>
    </message>
    <message>
        <source>Domain to register (for example, mybrand.com.ar):</source>
        <translation>Domain to register (for example, mybrand.com.ar):</translation>
    </message>
    <message>
        <source>Checking availability…</source>
        <translation>Checking availability…</translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation>%1 is available.</translation>
    </message>
    <message>
        <source>%1 is available. Register it for one year for %2 plus VAT?

An unpaid invoice is created now; the domain is registered once that invoice is paid.</source>
        <translation>%1 is available. Register it for one year for %2 plus VAT?

An unpaid invoice is created now; the domain is registered once that invoice is paid.</translation>
    </message>
    <message>
        <source>%1 is available. Register it for one year?

An unpaid invoice is created now with the registration price of this ending plus VAT; the domain is registered once that invoice is paid.</source>
        <translation>%1 is available. Register it for one year?

An unpaid invoice is created now with the registration price of this ending plus VAT; the domain is registered once that invoice is paid.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Ordering…</source>
        <translation>Ordering…</translation>
    </message>
    <message>
        <source>Loading the catalog…</source>
        <translation>Loading the catalog…</translation>
    </message>
    <message>
        <source>Order %1 (%2) for %3 plus VAT?

An unpaid invoice is created now; the service starts once it is paid.</source>
        <translation>Order %1 (%2) for %3 plus VAT?

An unpaid invoice is created now; the service starts once it is paid.</translation>
    </message>
    <message>
        <source>Ordered. Invoice for %1 created: pay it from the Invoices tab.</source>
        <translation>Ordered. Invoice for %1 created: pay it from the Invoices tab.</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Order placed</translation>
    </message>
    <message numerus="yes">
        <source>%n unpaid invoice(s): %1 to pay.</source>
        <translation>
            <numerusform>%n unpaid invoice: %1 to pay.</numerusform>
            <numerusform>%n unpaid invoices: %1 to pay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Desks</name>
    <message>
        <source>This a&amp;ccount</source>
        <translation>This a&amp;ccount</translation>
    </message>
    <message>
        <source>A&amp;ll accounts</source>
        <translation>A&amp;ll accounts</translation>
    </message>
    <message>
        <source>Staff des&amp;k</source>
        <translation>Staff des&amp;k</translation>
    </message>
    <message>
        <source>&amp;Go to account…</source>
        <translation>&amp;Go to account…</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <source>Saved sign-ins</source>
        <translation>Saved sign-ins</translation>
    </message>
    <message>
        <source>&amp;Add another sign-in…</source>
        <translation>&amp;Add another sign-in…</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>New events here</source>
        <translation>New events here</translation>
    </message>
</context>
<context>
    <name>Domains</name>
    <message>
        <source>A domain in this status cannot be renewed (pending, in redemption, transferred away or cancelled).</source>
        <translation>A domain in this status cannot be renewed (pending, in redemption, transferred away or cancelled).</translation>
    </message>
    <message>
        <source>A renewal of this domain is already invoiced: pay that invoice.</source>
        <translation>A renewal of this domain is already invoiced: pay that invoice.</translation>
    </message>
    <message>
        <source>Only an active domain can do this.</source>
        <translation>Only an active domain can do this.</translation>
    </message>
    <message>
        <source>A domain cannot be cancelled, only not renewed: turn auto-renew off.</source>
        <translation>A domain cannot be cancelled, only not renewed: turn auto-renew off.</translation>
    </message>
    <message>
        <source>A domain can be registered 10 years ahead at most.</source>
        <translation>A domain can be registered 10 years ahead at most.</translation>
    </message>
    <message>
        <source>Give between 2 and 5 name servers.</source>
        <translation>Give between 2 and 5 name servers.</translation>
    </message>
    <message>
        <source>This is not a valid host name (for example ns1.example.com).</source>
        <translation>This is not a valid host name (for example ns1.example.com).</translation>
    </message>
    <message>
        <source>This name server is repeated.</source>
        <translation>This name server is repeated.</translation>
    </message>
    <message>
        <source>A domain cannot be cancelled: it is paid yearly in advance. To stop it, turn auto-renew off and it will not be renewed.</source>
        <translation>A domain cannot be cancelled: it is paid yearly in advance. To stop it, turn auto-renew off and it will not be renewed.</translation>
    </message>
</context>
<context>
    <name>DomainsTab</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Pending registration</source>
        <translation>Pending registration</translation>
    </message>
    <message>
        <source>Pending transfer</source>
        <translation>Pending transfer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Grace period</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>Redemption</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Transferred away</source>
        <translation>Transferred away</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 days</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>Auto-renew</translation>
    </message>
    <message>
        <source>Price per year</source>
        <translation>Price per year</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Reload domains</source>
        <translation>Reload domains</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>No domains to show.</source>
        <translation>No domains to show.</translation>
    </message>
    <message>
        <source>Renew &amp;automatically</source>
        <translation>Renew &amp;automatically</translation>
    </message>
    <message>
        <source>Renew automatically</source>
        <translation>Renew automatically</translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <translation>
            <numerusform> year</numerusform>
            <numerusform> years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %1 for %n year(s)? An invoice of %2 plus taxes is created now. When it is paid, the expiry date moves from %3 to %4.</source>
        <translation>
            <numerusform>Renew %1 for %n year? An invoice of %2 plus taxes is created now. When it is paid, the expiry date moves from %3 to %4.</numerusform>
            <numerusform>Renew %1 for %n years? An invoice of %2 plus taxes is created now. When it is paid, the expiry date moves from %3 to %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Years to renew</source>
        <translation>Years to renew</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Renew…</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renew</translation>
    </message>
    <message>
        <source>&amp;Transfer out…</source>
        <translation>&amp;Transfer out…</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Transfer out</translation>
    </message>
    <message>
        <source>Transfer code (EPP)</source>
        <translation>Transfer code (EPP)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the transfer code</source>
        <translation>Copy the transfer code</translation>
    </message>
    <message>
        <source>Give this code to the new provider. It is shown only now: copy it before you leave; asking again issues a new one and this one stops working.</source>
        <translation>Give this code to the new provider. It is shown only now: copy it before you leave; asking again issues a new one and this one stops working.</translation>
    </message>
    <message>
        <source>Name servers</source>
        <translation>Name servers</translation>
    </message>
    <message>
        <source>Name server %1</source>
        <translation>Name server %1</translation>
    </message>
    <message>
        <source>&amp;Save name servers</source>
        <translation>&amp;Save name servers</translation>
    </message>
    <message>
        <source>Save name servers</source>
        <translation>Save name servers</translation>
    </message>
    <message>
        <source>%1 domains, %2 expiring soon (highlighted)</source>
        <translation>%1 domains, %2 expiring soon (highlighted)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Choose a domain in the list first.</source>
        <translation>New contact&lt;/source&gt;
        &lt;translation&gt;New contact&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Contact: %1&lt;/source&gt;
        &lt;translation&gt;Contact: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Enter the contact&apos;s first name.&lt;/source&gt;
        &lt;translation&gt;Enter the contact&apos;s first name.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Enter the contact&apos;s e-mail address.&lt;/source&gt;
        &lt;translation&gt;Enter the contact&apos;s e-mail address.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Saving…&lt;/source&gt;
        &lt;translation&gt;Saving…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 (%2) will be removed from the account&apos;s contacts and will stop receiving its e-mails.&lt;/source&gt;
        &lt;translation&gt;%1 (%2) will be removed from the account&apos;s contacts and will stop receiving its e-mails.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Remove contact&lt;/source&gt;
        &lt;translation&gt;Remove contact&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Removing…&lt;/source&gt;
        &lt;translation&gt;Removing…&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DashboardTab&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Needs your attention&lt;/source&gt;
        &lt;translation&gt;Needs your attention&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Register a domain&lt;/source&gt;
        &lt;translation&gt;&amp;Register a domain&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Register a domain&lt;/source&gt;
        &lt;translation&gt;Register a domain&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Buy a service&lt;/source&gt;
        &lt;translation&gt;&amp;Buy a service&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Buy a service&lt;/source&gt;
        &lt;translation&gt;Buy a service&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Order result&lt;/source&gt;
        &lt;translation&gt;Order result&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Your account&lt;/source&gt;
        &lt;translation&gt;Your account&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Active services&lt;/source&gt;
        &lt;translation&gt;Active services&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Unpaid invoices&lt;/source&gt;
        &lt;translation&gt;Unpaid invoices&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Overdue invoices&lt;/source&gt;
        &lt;translation&gt;Overdue invoices&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Open tickets&lt;/source&gt;
        &lt;translation&gt;Open tickets&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Domains expiring in 30 days&lt;/source&gt;
        &lt;translation&gt;Domains expiring in 30 days&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Account figures&lt;/source&gt;
        &lt;translation&gt;Account figures&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Spending by month (paid invoices)&lt;/source&gt;
        &lt;translation&gt;Spending by month (paid invoices)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Spending by month&lt;/source&gt;
        &lt;translation&gt;Spending by month&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Show spending as a &amp;table&lt;/source&gt;
        &lt;translation&gt;Show spending as a &amp;table&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Month&lt;/source&gt;
        &lt;translation&gt;Month&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading…&lt;/source&gt;
        &lt;translation&gt;Loading…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading the account&apos;s figures…&lt;/source&gt;
        &lt;translation&gt;Loading the account&apos;s figures…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;could not be loaded&lt;/source&gt;
        &lt;translation&gt;could not be loaded&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The account&apos;s figures could not be loaded.&lt;/source&gt;
        &lt;translation&gt;The account&apos;s figures could not be loaded.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No unpaid invoices: there is nothing to pay.&lt;/source&gt;
        &lt;translation&gt;No unpaid invoices: there is nothing to pay.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Balance due: %1&lt;/source&gt;
        &lt;translation&gt;Balance due: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Nothing needs your attention.&lt;/source&gt;
        &lt;translation&gt;Nothing needs your attention.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Double-click or press Enter on a line to open it.&lt;/source&gt;
        &lt;translation&gt;Double-click or press Enter on a line to open it.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Paid&lt;/source&gt;
        &lt;translation&gt;Paid&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Show spending as a &amp;chart&lt;/source&gt;
        &lt;translation&gt;Show spending as a &amp;chart&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Domain to register (for example, mybrand.com.ar):&lt;/source&gt;
        &lt;translation&gt;Domain to register (for example, mybrand.com.ar):&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Checking availability…&lt;/source&gt;
        &lt;translation&gt;Checking availability…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 is available.&lt;/source&gt;
        &lt;translation&gt;%1 is available.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 is available. Register it for one year for %2 plus VAT?

An unpaid invoice is created now; the domain is registered once that invoice is paid.&lt;/source&gt;
        &lt;translation&gt;%1 is available. Register it for one year for %2 plus VAT?

An unpaid invoice is created now; the domain is registered once that invoice is paid.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 is available. Register it for one year?

An unpaid invoice is created now with the registration price of this ending plus VAT; the domain is registered once that invoice is paid.&lt;/source&gt;
        &lt;translation&gt;%1 is available. Register it for one year?

An unpaid invoice is created now with the registration price of this ending plus VAT; the domain is registered once that invoice is paid.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Order&lt;/source&gt;
        &lt;translation&gt;Order&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ordering…&lt;/source&gt;
        &lt;translation&gt;Ordering…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading the catalog…&lt;/source&gt;
        &lt;translation&gt;Loading the catalog…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Order %1 (%2) for %3 plus VAT?

An unpaid invoice is created now; the service starts once it is paid.&lt;/source&gt;
        &lt;translation&gt;Order %1 (%2) for %3 plus VAT?

An unpaid invoice is created now; the service starts once it is paid.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ordered. Invoice for %1 created: pay it from the Invoices tab.&lt;/source&gt;
        &lt;translation&gt;Ordered. Invoice for %1 created: pay it from the Invoices tab.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Order placed&lt;/source&gt;
        &lt;translation&gt;Order placed&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n unpaid invoice(s): %1 to pay.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n unpaid invoice: %1 to pay.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n unpaid invoices: %1 to pay.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Desks&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;This a&amp;ccount&lt;/source&gt;
        &lt;translation&gt;This a&amp;ccount&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;A&amp;ll accounts&lt;/source&gt;
        &lt;translation&gt;A&amp;ll accounts&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Staff des&amp;k&lt;/source&gt;
        &lt;translation&gt;Staff des&amp;k&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Go to account…&lt;/source&gt;
        &lt;translation&gt;&amp;Go to account…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Views&lt;/source&gt;
        &lt;translation&gt;Views&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Sign-ins&lt;/source&gt;
        &lt;translation&gt;Sign-ins&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Saved sign-ins&lt;/source&gt;
        &lt;translation&gt;Saved sign-ins&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Add another sign-in…&lt;/source&gt;
        &lt;translation&gt;&amp;Add another sign-in…&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DesktopNotifier&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;New events here&lt;/source&gt;
        &lt;translation&gt;New events here&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Domains&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;A domain in this status cannot be renewed (pending, in redemption, transferred away or cancelled).&lt;/source&gt;
        &lt;translation&gt;A domain in this status cannot be renewed (pending, in redemption, transferred away or cancelled).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;A renewal of this domain is already invoiced: pay that invoice.&lt;/source&gt;
        &lt;translation&gt;A renewal of this domain is already invoiced: pay that invoice.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Only an active domain can do this.&lt;/source&gt;
        &lt;translation&gt;Only an active domain can do this.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;A domain cannot be cancelled, only not renewed: turn auto-renew off.&lt;/source&gt;
        &lt;translation&gt;A domain cannot be cancelled, only not renewed: turn auto-renew off.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;A domain can be registered 10 years ahead at most.&lt;/source&gt;
        &lt;translation&gt;A domain can be registered 10 years ahead at most.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Give between 2 and 5 name servers.&lt;/source&gt;
        &lt;translation&gt;Give between 2 and 5 name servers.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This is not a valid host name (for example ns1.example.com).&lt;/source&gt;
        &lt;translation&gt;This is not a valid host name (for example ns1.example.com).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This name server is repeated.&lt;/source&gt;
        &lt;translation&gt;This name server is repeated.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;A domain cannot be cancelled: it is paid yearly in advance. To stop it, turn auto-renew off and it will not be renewed.&lt;/source&gt;
        &lt;translation&gt;A domain cannot be cancelled: it is paid yearly in advance. To stop it, turn auto-renew off and it will not be renewed.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;DomainsTab&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Pending&lt;/source&gt;
        &lt;translation&gt;Pending&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Pending registration&lt;/source&gt;
        &lt;translation&gt;Pending registration&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Pending transfer&lt;/source&gt;
        &lt;translation&gt;Pending transfer&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Active&lt;/source&gt;
        &lt;translation&gt;Active&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Grace period&lt;/source&gt;
        &lt;translation&gt;Grace period&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Redemption&lt;/source&gt;
        &lt;translation&gt;Redemption&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Expired&lt;/source&gt;
        &lt;translation&gt;Expired&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Transferred away&lt;/source&gt;
        &lt;translation&gt;Transferred away&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cancelled&lt;/source&gt;
        &lt;translation&gt;Cancelled&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;in %1 days&lt;/source&gt;
        &lt;translation&gt;in %1 days&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;expired&lt;/source&gt;
        &lt;translation&gt;expired&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;On&lt;/source&gt;
        &lt;translation&gt;On&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Off&lt;/source&gt;
        &lt;translation&gt;Off&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Domain&lt;/source&gt;
        &lt;translation&gt;Domain&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Registered&lt;/source&gt;
        &lt;translation&gt;Registered&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Expires&lt;/source&gt;
        &lt;translation&gt;Expires&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Status&lt;/source&gt;
        &lt;translation&gt;Status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Auto-renew&lt;/source&gt;
        &lt;translation&gt;Auto-renew&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Price per year&lt;/source&gt;
        &lt;translation&gt;Price per year&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Re&amp;load&lt;/source&gt;
        &lt;translation&gt;Re&amp;load&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Reload domains&lt;/source&gt;
        &lt;translation&gt;Reload domains&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Domains&lt;/source&gt;
        &lt;translation&gt;Domains&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No domains to show.&lt;/source&gt;
        &lt;translation&gt;No domains to show.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Renew &amp;automatically&lt;/source&gt;
        &lt;translation&gt;Renew &amp;automatically&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Renew automatically&lt;/source&gt;
        &lt;translation&gt;Renew automatically&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt; year(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt; year&lt;/numerusform&gt;
            &lt;numerusform&gt; years&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Renew %1 for %n year(s)? An invoice of %2 plus taxes is created now. When it is paid, the expiry date moves from %3 to %4.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Renew %1 for %n year? An invoice of %2 plus taxes is created now. When it is paid, the expiry date moves from %3 to %4.&lt;/numerusform&gt;
            &lt;numerusform&gt;Renew %1 for %n years? An invoice of %2 plus taxes is created now. When it is paid, the expiry date moves from %3 to %4.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Years to renew&lt;/source&gt;
        &lt;translation&gt;Years to renew&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Renew…&lt;/source&gt;
        &lt;translation&gt;&amp;Renew…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Renew&lt;/source&gt;
        &lt;translation&gt;Renew&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Transfer out…&lt;/source&gt;
        &lt;translation&gt;&amp;Transfer out…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Transfer out&lt;/source&gt;
        &lt;translation&gt;Transfer out&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Transfer code (EPP)&lt;/source&gt;
        &lt;translation&gt;Transfer code (EPP)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Copy&lt;/source&gt;
        &lt;translation&gt;&amp;Copy&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Copy the transfer code&lt;/source&gt;
        &lt;translation&gt;Copy the transfer code&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Give this code to the new provider. It is shown only now: copy it before you leave; asking again issues a new one and this one stops working.&lt;/source&gt;
        &lt;translation&gt;Give this code to the new provider. It is shown only now: copy it before you leave; asking again issues a new one and this one stops working.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Name servers&lt;/source&gt;
        &lt;translation&gt;Name servers&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Name server %1&lt;/source&gt;
        &lt;translation&gt;Name server %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Save name servers&lt;/source&gt;
        &lt;translation&gt;&amp;Save name servers&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Save name servers&lt;/source&gt;
        &lt;translation&gt;Save name servers&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 domains, %2 expiring soon (highlighted)&lt;/source&gt;
        &lt;translation&gt;%1 domains, %2 expiring soon (highlighted)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading…&lt;/source&gt;
        &lt;translation&gt;Loading…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Choose a domain in the list first.</translation>
    </message>
    <message>
        <source>Select a domain.</source>
        <translation>Select a domain.</translation>
    </message>
    <message>
        <source>Changing domains needs the permission to manage domains.</source>
        <translation>Changing domains needs the permission to manage domains.</translation>
    </message>
    <message>
        <source>Only an active, expiring or expired domain can be renewed.</source>
        <translation>Select a domain.&lt;/source&gt;
        &lt;translation&gt;Select a domain.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Changing domains needs the permission to manage domains.&lt;/source&gt;
        &lt;translation&gt;Changing domains needs the permission to manage domains.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Only an active, expiring or expired domain can be renewed.</translation>
    </message>
    <message>
        <source>Only an active domain can change this.</source>
        <translation>Only an active domain can change this.</translation>
    </message>
    <message>
        <source>%1 will be renewed automatically.</source>
        <translation>%1 will be renewed automatically.</translation>
    </message>
    <message>
        <source>%1 will not be renewed: it expires on %2.</source>
        <translation>%1 will not be renewed: it expires on %2.</translation>
    </message>
    <message>
        <source>Renew domain</source>
        <translation>Renew domain</translation>
    </message>
    <message>
        <source>Creating the renewal invoice…</source>
        <translation>Creating the renewal invoice…</translation>
    </message>
    <message>
        <source>Renewal of %1 invoiced: %2 (taxes included). Pay it in Invoices; the expiry date moves when it is paid.</source>
        <translation>Renewal of %1 invoiced: %2 (taxes included). Pay it in Invoices; the expiry date moves when it is paid.</translation>
    </message>
    <message>
        <source>Transfer %1 to another provider? The domain is unlocked and a new transfer code (EPP) is issued and shown once; any earlier code stops working.</source>
        <translation>Transfer %1 to another provider? The domain is unlocked and a new transfer code (EPP) is issued and shown once; any earlier code stops working.</translation>
    </message>
    <message>
        <source>Unlock and get code</source>
        <translation>Unlock and get code</translation>
    </message>
    <message>
        <source>Unlocking the domain…</source>
        <translation>%1 will be renewed automatically.&lt;/source&gt;
        &lt;translation&gt;%1 will be renewed automatically.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 will not be renewed: it expires on %2.&lt;/source&gt;
        &lt;translation&gt;%1 will not be renewed: it expires on %2.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Renew domain&lt;/source&gt;
        &lt;translation&gt;Renew domain&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Creating the renewal invoice…&lt;/source&gt;
        &lt;translation&gt;Creating the renewal invoice…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Renewal of %1 invoiced: %2 (taxes included). Pay it in Invoices; the expiry date moves when it is paid.&lt;/source&gt;
        &lt;translation&gt;Renewal of %1 invoiced: %2 (taxes included). Pay it in Invoices; the expiry date moves when it is paid.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Transfer %1 to another provider? The domain is unlocked and a new transfer code (EPP) is issued and shown once; any earlier code stops working.&lt;/source&gt;
        &lt;translation&gt;Transfer %1 to another provider? The domain is unlocked and a new transfer code (EPP) is issued and shown once; any earlier code stops working.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Unlock and get code&lt;/source&gt;
        &lt;translation&gt;Unlock and get code&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Unlocking the domain…</translation>
    </message>
    <message>
        <source>%1 is unlocked for transfer.</source>
        <translation>%1 is unlocked for transfer.</translation>
    </message>
    <message>
        <source>Transfer code copied.</source>
        <translation>Transfer code copied.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Name servers saved.</source>
        <translation>Name servers saved.</translation>
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
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Affiliates</source>
        <translation>Affiliates</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>E-mails received</source>
        <translation>E-mails received</translation>
    </message>
    <message>
        <source>No e-mails sent to this account yet.</source>
        <translation>No e-mails sent to this account yet.</translation>
    </message>
    <message>
        <source>E-mail header</source>
        <translation>E-mail header</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Select an e-mail to read it.</source>
        <translation>Select an e-mail to read it.</translation>
    </message>
    <message>
        <source>Loading… (%1 so far)</source>
        <translation>Loading… (%1 so far)</translation>
    </message>
    <message>
        <source>%1 e-mails shown; scroll for more</source>
        <translation>%1 e-mails shown; scroll for more</translation>
    </message>
    <message>
        <source>%1 e-mails</source>
        <translation>%1 e-mails</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Sent: %1</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>ExpiringPane</name>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Expiring within this many days</source>
        <translation>Expiring within this many days</translation>
    </message>
    <message>
        <source>Expiring &amp;within:</source>
        <translation>Expiring &amp;within:</translation>
    </message>
    <message>
        <source>&amp;Load domains</source>
        <translation>&amp;Load domains</translation>
    </message>
    <message>
        <source>expiring-domains.csv</source>
        <translation>expiring-domains.csv</translation>
    </message>
</context>
<context>
    <name>IncidentsPane</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Refresh the service status</source>
        <translation>Refresh the service status</translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation>Incident title</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Affected components</source>
        <translation>Affected components</translation>
    </message>
    <message>
        <source>Status of the affected components</source>
        <translation>Status of the affected components</translation>
    </message>
    <message>
        <source>Leave as they are</source>
        <translation>Leave as they are</translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation>What is happening</translation>
    </message>
    <message>
        <source>&amp;Post incident</source>
        <translation>&amp;Post incident</translation>
    </message>
    <message>
        <source>Post the incident on the status page</source>
        <translation>Post the incident on the status page</translation>
    </message>
    <message>
        <source>New status of the incident</source>
        <translation>New status of the incident</translation>
    </message>
    <message>
        <source>Update message</source>
        <translation>Update message</translation>
    </message>
    <message>
        <source>&amp;Add update</source>
        <translation>&amp;Add update</translation>
    </message>
    <message>
        <source>Add the update to the selected incident</source>
        <translation>Add the update to the selected incident</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Re&amp;solve</translation>
    </message>
    <message>
        <source>Resolve the selected incident</source>
        <translation>Resolve the selected incident</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact:</translation>
    </message>
    <message>
        <source>&amp;Components:</source>
        <translation>&amp;Components:</translation>
    </message>
    <message>
        <source>Component stat&amp;us:</source>
        <translation>Component stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>Open incidents and those resolved in the last 14 days</source>
        <translation>Open incidents and those resolved in the last 14 days</translation>
    </message>
    <message>
        <source>&lt;b&gt;New incident&lt;/b&gt;</source>
        <translation>&lt;b&gt;New incident&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Resolved.</translation>
    </message>
    <message>
        <source>Select an incident first.</source>
        <translation>Select an incident first.</translation>
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
        <source>Issued from</source>
        <translation>Issued from</translation>
    </message>
    <message>
        <source>Issued until</source>
        <translation>Issued until</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <source>Show invoices of any date</source>
        <translation>Show invoices of any date</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>No invoices to show with these filters.</source>
        <translation>No invoices to show with these filters.</translation>
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
        <source>&amp;Pay…</source>
        <translation>&amp;Pay…</translation>
    </message>
    <message>
        <source>Pay the selected invoice</source>
        <translation>Pay the selected invoice</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the selected invoice as PDF</source>
        <translation>Save the selected invoice as PDF</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xport to CSV…</translation>
    </message>
    <message>
        <source>Export the invoices shown to CSV</source>
        <translation>Export the invoices shown to CSV</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Issued &amp;from:</source>
        <translation>Issued &amp;from:</translation>
    </message>
    <message>
        <source>un&amp;til:</source>
        <translation>un&amp;til:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>%1 of %2 loaded invoices in these dates</source>
        <translation>%1 of %2 loaded invoices in these dates</translation>
    </message>
    <message>
        <source>Choose an invoice in the list first.</source>
        <translation>Choose an invoice in the list first.</translation>
    </message>
    <message>
        <source>Paying this invoice…</source>
        <translation>Paying this invoice…</translation>
    </message>
    <message>
        <source>This invoice has nothing left to pay.</source>
        <translation>This invoice has nothing left to pay.</translation>
    </message>
    <message>
        <source>Exports the invoices shown, as filtered (no selection needed).</source>
        <translation>Exports the invoices shown, as filtered (no selection needed).</translation>
    </message>
    <message>
        <source>No invoices are shown: change the filters to export some.</source>
        <translation>No invoices are shown: change the filters to export some.</translation>
    </message>
    <message>
        <source>Loading your saved cards…</source>
        <translation>Loading your saved cards…</translation>
    </message>
    <message>
        <source>There is no saved card to pay with. Add one in the Auto-debit card tab, then pay.</source>
        <translation>There is no saved card to pay with. Add one in the Auto-debit card tab, then pay.</translation>
    </message>
    <message>
        <source>Pay invoice %1 now?

%2 will be charged to your %3 card.</source>
        <translation>Pay invoice %1 now?

%2 will be charged to your %3 card.</translation>
    </message>
    <message>
        <source>Pay invoice</source>
        <translation>Pay invoice</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Pay %1</translation>
    </message>
    <message>
        <source>Pay with the card:</source>
        <translation>Pay with the card:</translation>
    </message>
    <message>
        <source>Paying invoice %1…</source>
        <translation>Paying invoice %1…</translation>
    </message>
    <message>
        <source>Invoice %1 is paid: %2 charged.</source>
        <translation>Invoice %1 is paid: %2 charged.</translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation>Save invoice as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saving invoice %1…</source>
        <translation>Saving invoice %1…</translation>
    </message>
    <message>
        <source>Export invoices to CSV</source>
        <translation>Export invoices to CSV</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>invoices</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) exported to %1.</source>
        <translation>
            <numerusform>%n invoice exported to %1.</numerusform>
            <numerusform>%n invoices exported to %1.</numerusform>
        </translation>
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
        <source>Parts of the account</source>
        <translation>Parts of the account</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Auto-debit card</source>
        <translation>Auto-debit card</translation>
    </message>
    <message>
        <source>E-mails received</source>
        <translation>E-mails received</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
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
        <source>Sign out and &amp;forget this computer</source>
        <translation>Sign out and &amp;forget this computer</translation>
    </message>
    <message>
        <source>Sign out and delete what this computer saved of your accounts</source>
        <translation>Sign out and delete what this computer saved of your accounts</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>&amp;New ticket</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Light or dark, or as the system</source>
        <translation>Light or dark, or as the system</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>As the &amp;system</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>%1 (demo portal)</source>
        <translation>%1 (demo portal)</translation>
    </message>
</context>
<context>
    <name>NewTicketForm</name>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Related service</source>
        <translation>Related service</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Send ticket</source>
        <translation>&amp;Send ticket</translation>
    </message>
    <message>
        <source>Send ticket</source>
        <translation>Send ticket</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>Related se&amp;rvice:</source>
        <translation>Related se&amp;rvice:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubject:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation>Draft restored.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Ticket #%1 sent.</source>
        <translation>Ticket #%1 sent.</translation>
    </message>
    <message>
        <source>Not sent. Your draft is kept.</source>
        <translation>Not sent. Your draft is kept.</translation>
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
    <name>OwnerChangeDialog</name>
    <message>
        <source>Change of owner</source>
        <translation>Change of owner</translation>
    </message>
    <message>
        <source>The service moves to another client account. Both accounts must exist and have no overdue invoice, only active services can move, and the two accounts must have different e-mail addresses. This sends a request: a ticket is opened and our team makes the change (we may call to check); it is not instant.</source>
        <translation>The service moves to another client account. Both accounts must exist and have no overdue invoice, only active services can move, and the two accounts must have different e-mail addresses. This sends a request: a ticket is opened and our team makes the change (we may call to check); it is not instant.</translation>
    </message>
    <message>
        <source>New owner&apos;s e-mail</source>
        <translation>New owner&apos;s e-mail</translation>
    </message>
    <message>
        <source>Message (optional)</source>
        <translation>Message (optional)</translation>
    </message>
    <message>
        <source>New owner&apos;s &amp;e-mail</source>
        <translation>New owner&apos;s &amp;e-mail</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>&amp;Send request</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Send request</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Enter the new owner&apos;s e-mail address.</source>
        <translation>Enter the new owner&apos;s e-mail address.</translation>
    </message>
    <message>
        <source>Request sent: ticket #%1 was opened in %2. The change of owner is a request, not an instant move: our team checks it and moves the service, and you will see the answer in that ticket.</source>
        <translation>Request sent: ticket #%1 was opened in %2. The change of owner is a request, not an instant move: our team checks it and moves the service, and you will see the answer in that ticket.</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>Automatic charging is on: turn it off before removing the last card.</source>
        <translation>Automatic charging is on: turn it off before removing the last card.</translation>
    </message>
    <message>
        <source>Add a card before turning on automatic charging.</source>
        <translation>Add a card before turning on automatic charging.</translation>
    </message>
    <message>
        <source>This card number is not valid. Check the digits.</source>
        <translation>This card number is not valid. Check the digits.</translation>
    </message>
    <message>
        <source>This card brand is not accepted. Use Visa, Mastercard, American Express, Cabal or Naranja, among others.</source>
        <translation>This card brand is not accepted. Use Visa, Mastercard, American Express, Cabal or Naranja, among others.</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>This card has expired.</translation>
    </message>
    <message>
        <source>This value is too small.</source>
        <translation>This value is too small.</translation>
    </message>
    <message>
        <source>This value is too large.</source>
        <translation>This value is too large.</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsTab</name>
    <message>
        <source>%1 ****%2 (expires %3)</source>
        <translation>%1 ****%2 (expires %3)</translation>
    </message>
    <message>
        <source>%1 ****%2 (expired %3)</source>
        <translation>%1 ****%2 (expired %3)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(expired)</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Saved cards</source>
        <translation>Saved cards</translation>
    </message>
    <message>
        <source>No saved cards yet.</source>
        <translation>No saved cards yet.</translation>
    </message>
    <message>
        <source>Make &amp;default</source>
        <translation>Make &amp;default</translation>
    </message>
    <message>
        <source>Make the selected card the default</source>
        <translation>Make the selected card the default</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Remove the selected card</source>
        <translation>Remove the selected card</translation>
    </message>
    <message>
        <source>&amp;Charge my invoices automatically to the default card</source>
        <translation>&amp;Charge my invoices automatically to the default card</translation>
    </message>
    <message>
        <source>Automatic charging</source>
        <translation>Automatic charging</translation>
    </message>
    <message>
        <source>Cardholder name</source>
        <translation>Cardholder name</translation>
    </message>
    <message>
        <source>As printed on the card</source>
        <translation>As printed on the card</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Expiry month</source>
        <translation>Expiry month</translation>
    </message>
    <message>
        <source>Expiry year</source>
        <translation>Expiry year</translation>
    </message>
    <message>
        <source>Make it the &amp;default card</source>
        <translation>Make it the &amp;default card</translation>
    </message>
    <message>
        <source>Make the new card the default</source>
        <translation>Make the new card the default</translation>
    </message>
    <message>
        <source>&amp;Add card</source>
        <translation>&amp;Add card</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Add card</translation>
    </message>
    <message>
        <source>Card&amp;holder:</source>
        <translation>Card&amp;holder:</translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation>Card &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Expires (month / year):</source>
        <translation>&amp;Expires (month / year):</translation>
    </message>
    <message>
        <source>The card number goes to the portal once and is not kept on this computer; the portal keeps only the brand, the last 4 digits and the expiry.</source>
        <translation>The card number goes to the portal once and is not kept on this computer; the portal keeps only the brand, the last 4 digits and the expiry.</translation>
    </message>
    <message>
        <source>Add a card</source>
        <translation>Add a card</translation>
    </message>
    <message>
        <source>Choose a card in the list first.</source>
        <translation>%1 is unlocked for transfer.&lt;/source&gt;
        &lt;translation&gt;%1 is unlocked for transfer.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Transfer code copied.&lt;/source&gt;
        &lt;translation&gt;Transfer code copied.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Saving…&lt;/source&gt;
        &lt;translation&gt;Saving…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Name servers saved.&lt;/source&gt;
        &lt;translation&gt;Name servers saved.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;EmailsTab&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;General&lt;/source&gt;
        &lt;translation&gt;General&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Invoices&lt;/source&gt;
        &lt;translation&gt;Invoices&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Services&lt;/source&gt;
        &lt;translation&gt;Services&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Domains&lt;/source&gt;
        &lt;translation&gt;Domains&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Support&lt;/source&gt;
        &lt;translation&gt;Support&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Affiliates&lt;/source&gt;
        &lt;translation&gt;Affiliates&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Date&lt;/source&gt;
        &lt;translation&gt;Date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Subject&lt;/source&gt;
        &lt;translation&gt;Subject&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Category&lt;/source&gt;
        &lt;translation&gt;Category&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;E-mails received&lt;/source&gt;
        &lt;translation&gt;E-mails received&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No e-mails sent to this account yet.&lt;/source&gt;
        &lt;translation&gt;No e-mails sent to this account yet.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;E-mail header&lt;/source&gt;
        &lt;translation&gt;E-mail header&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;E-mail&lt;/source&gt;
        &lt;translation&gt;E-mail&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Select an e-mail to read it.&lt;/source&gt;
        &lt;translation&gt;Select an e-mail to read it.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading… (%1 so far)&lt;/source&gt;
        &lt;translation&gt;Loading… (%1 so far)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 e-mails shown; scroll for more&lt;/source&gt;
        &lt;translation&gt;%1 e-mails shown; scroll for more&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 e-mails&lt;/source&gt;
        &lt;translation&gt;%1 e-mails&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading…&lt;/source&gt;
        &lt;translation&gt;Loading…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;To: %1&lt;/source&gt;
        &lt;translation&gt;To: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Sent: %1&lt;/source&gt;
        &lt;translation&gt;Sent: %1&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;EmptyState&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Loading…&lt;/source&gt;
        &lt;translation&gt;Loading…&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ExpiringPane&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt; days&lt;/source&gt;
        &lt;translation&gt; days&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Expiring within this many days&lt;/source&gt;
        &lt;translation&gt;Expiring within this many days&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Expiring &amp;within:&lt;/source&gt;
        &lt;translation&gt;Expiring &amp;within:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Load domains&lt;/source&gt;
        &lt;translation&gt;&amp;Load domains&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;expiring-domains.csv&lt;/source&gt;
        &lt;translation&gt;expiring-domains.csv&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;IncidentsPane&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Incidents&lt;/source&gt;
        &lt;translation&gt;Incidents&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Refresh&lt;/source&gt;
        &lt;translation&gt;&amp;Refresh&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Refresh the service status&lt;/source&gt;
        &lt;translation&gt;Refresh the service status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Incident title&lt;/source&gt;
        &lt;translation&gt;Incident title&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Impact&lt;/source&gt;
        &lt;translation&gt;Impact&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Affected components&lt;/source&gt;
        &lt;translation&gt;Affected components&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Status of the affected components&lt;/source&gt;
        &lt;translation&gt;Status of the affected components&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Leave as they are&lt;/source&gt;
        &lt;translation&gt;Leave as they are&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;What is happening&lt;/source&gt;
        &lt;translation&gt;What is happening&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Post incident&lt;/source&gt;
        &lt;translation&gt;&amp;Post incident&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Post the incident on the status page&lt;/source&gt;
        &lt;translation&gt;Post the incident on the status page&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;New status of the incident&lt;/source&gt;
        &lt;translation&gt;New status of the incident&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Update message&lt;/source&gt;
        &lt;translation&gt;Update message&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Add update&lt;/source&gt;
        &lt;translation&gt;&amp;Add update&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Add the update to the selected incident&lt;/source&gt;
        &lt;translation&gt;Add the update to the selected incident&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Re&amp;solve&lt;/source&gt;
        &lt;translation&gt;Re&amp;solve&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Resolve the selected incident&lt;/source&gt;
        &lt;translation&gt;Resolve the selected incident&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Title:&lt;/source&gt;
        &lt;translation&gt;&amp;Title:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Impact:&lt;/source&gt;
        &lt;translation&gt;&amp;Impact:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Components:&lt;/source&gt;
        &lt;translation&gt;&amp;Components:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Component stat&amp;us:&lt;/source&gt;
        &lt;translation&gt;Component stat&amp;us:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Message:&lt;/source&gt;
        &lt;translation&gt;&amp;Message:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Open incidents and those resolved in the last 14 days&lt;/source&gt;
        &lt;translation&gt;Open incidents and those resolved in the last 14 days&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&lt;b&gt;New incident&lt;/b&gt;&lt;/source&gt;
        &lt;translation&gt;&lt;b&gt;New incident&lt;/b&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Resolved.&lt;/source&gt;
        &lt;translation&gt;Resolved.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Select an incident first.&lt;/source&gt;
        &lt;translation&gt;Select an incident first.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;InvoicesTab&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Number&lt;/source&gt;
        &lt;translation&gt;Number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Issued&lt;/source&gt;
        &lt;translation&gt;Issued&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Due&lt;/source&gt;
        &lt;translation&gt;Due&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Total&lt;/source&gt;
        &lt;translation&gt;Total&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Balance&lt;/source&gt;
        &lt;translation&gt;Balance&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Status&lt;/source&gt;
        &lt;translation&gt;Status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;All invoices&lt;/source&gt;
        &lt;translation&gt;All invoices&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Unpaid&lt;/source&gt;
        &lt;translation&gt;Unpaid&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Overdue&lt;/source&gt;
        &lt;translation&gt;Overdue&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Paid&lt;/source&gt;
        &lt;translation&gt;Paid&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cancelled&lt;/source&gt;
        &lt;translation&gt;Cancelled&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Refunded&lt;/source&gt;
        &lt;translation&gt;Refunded&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Show invoices&lt;/source&gt;
        &lt;translation&gt;Show invoices&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Issued from&lt;/source&gt;
        &lt;translation&gt;Issued from&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Issued until&lt;/source&gt;
        &lt;translation&gt;Issued until&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Any date&lt;/source&gt;
        &lt;translation&gt;Any date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Show invoices of any date&lt;/source&gt;
        &lt;translation&gt;Show invoices of any date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Invoices&lt;/source&gt;
        &lt;translation&gt;Invoices&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No invoices to show with these filters.&lt;/source&gt;
        &lt;translation&gt;No invoices to show with these filters.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Invoice detail&lt;/source&gt;
        &lt;translation&gt;Invoice detail&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Select an invoice to see its items.&lt;/source&gt;
        &lt;translation&gt;Select an invoice to see its items.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Pay…&lt;/source&gt;
        &lt;translation&gt;&amp;Pay…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Pay the selected invoice&lt;/source&gt;
        &lt;translation&gt;Pay the selected invoice&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Save as P&amp;DF…&lt;/source&gt;
        &lt;translation&gt;Save as P&amp;DF…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Save the selected invoice as PDF&lt;/source&gt;
        &lt;translation&gt;Save the selected invoice as PDF&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;E&amp;xport to CSV…&lt;/source&gt;
        &lt;translation&gt;E&amp;xport to CSV…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Export the invoices shown to CSV&lt;/source&gt;
        &lt;translation&gt;Export the invoices shown to CSV&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Show:&lt;/source&gt;
        &lt;translation&gt;&amp;Show:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Issued &amp;from:&lt;/source&gt;
        &lt;translation&gt;Issued &amp;from:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;un&amp;til:&lt;/source&gt;
        &lt;translation&gt;un&amp;til:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Any&lt;/source&gt;
        &lt;translation&gt;Any&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 of %2 loaded invoices in these dates&lt;/source&gt;
        &lt;translation&gt;%1 of %2 loaded invoices in these dates&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Choose an invoice in the list first.&lt;/source&gt;
        &lt;translation&gt;Choose an invoice in the list first.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Paying this invoice…&lt;/source&gt;
        &lt;translation&gt;Paying this invoice…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This invoice has nothing left to pay.&lt;/source&gt;
        &lt;translation&gt;This invoice has nothing left to pay.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Exports the invoices shown, as filtered (no selection needed).&lt;/source&gt;
        &lt;translation&gt;Exports the invoices shown, as filtered (no selection needed).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No invoices are shown: change the filters to export some.&lt;/source&gt;
        &lt;translation&gt;No invoices are shown: change the filters to export some.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading your saved cards…&lt;/source&gt;
        &lt;translation&gt;Loading your saved cards…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;There is no saved card to pay with. Add one in the Auto-debit card tab, then pay.&lt;/source&gt;
        &lt;translation&gt;There is no saved card to pay with. Add one in the Auto-debit card tab, then pay.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Pay invoice %1 now?

%2 will be charged to your %3 card.&lt;/source&gt;
        &lt;translation&gt;Pay invoice %1 now?

%2 will be charged to your %3 card.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Pay invoice&lt;/source&gt;
        &lt;translation&gt;Pay invoice&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Pay %1&lt;/source&gt;
        &lt;translation&gt;Pay %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Pay with the card:&lt;/source&gt;
        &lt;translation&gt;Pay with the card:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Paying invoice %1…&lt;/source&gt;
        &lt;translation&gt;Paying invoice %1…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Invoice %1 is paid: %2 charged.&lt;/source&gt;
        &lt;translation&gt;Invoice %1 is paid: %2 charged.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Save invoice as PDF&lt;/source&gt;
        &lt;translation&gt;Save invoice as PDF&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;PDF documents (*.pdf)&lt;/source&gt;
        &lt;translation&gt;PDF documents (*.pdf)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Saving invoice %1…&lt;/source&gt;
        &lt;translation&gt;Saving invoice %1…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Export invoices to CSV&lt;/source&gt;
        &lt;translation&gt;Export invoices to CSV&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;invoices&lt;/source&gt;
        &lt;translation&gt;invoices&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;CSV files (*.csv)&lt;/source&gt;
        &lt;translation&gt;CSV files (*.csv)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Saved to %1.&lt;/source&gt;
        &lt;translation&gt;Saved to %1.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n invoice(s) exported to %1.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n invoice exported to %1.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n invoices exported to %1.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading… (%1 so far)&lt;/source&gt;
        &lt;translation&gt;Loading… (%1 so far)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 invoices shown; scroll for more&lt;/source&gt;
        &lt;translation&gt;%1 invoices shown; scroll for more&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 invoices&lt;/source&gt;
        &lt;translation&gt;%1 invoices&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading invoice %1…&lt;/source&gt;
        &lt;translation&gt;Loading invoice %1…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Invoice %1&lt;/source&gt;
        &lt;translation&gt;Invoice %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Subtotal&lt;/source&gt;
        &lt;translation&gt;Subtotal&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Balance due&lt;/source&gt;
        &lt;translation&gt;Balance due&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Tax (%1%)&lt;/source&gt;
        &lt;translation&gt;Tax (%1%)&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;MainWindow&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Parts of the account&lt;/source&gt;
        &lt;translation&gt;Parts of the account&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Dashboard&lt;/source&gt;
        &lt;translation&gt;Dashboard&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Account&lt;/source&gt;
        &lt;translation&gt;Account&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Services&lt;/source&gt;
        &lt;translation&gt;Services&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Domains&lt;/source&gt;
        &lt;translation&gt;Domains&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Invoices&lt;/source&gt;
        &lt;translation&gt;Invoices&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Quotes&lt;/source&gt;
        &lt;translation&gt;Quotes&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Auto-debit card&lt;/source&gt;
        &lt;translation&gt;Auto-debit card&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;E-mails received&lt;/source&gt;
        &lt;translation&gt;E-mails received&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Support&lt;/source&gt;
        &lt;translation&gt;Support&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Client account&lt;/source&gt;
        &lt;translation&gt;Client account&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Account:&lt;/source&gt;
        &lt;translation&gt;Account:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Refresh&lt;/source&gt;
        &lt;translation&gt;&amp;Refresh&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Switch &amp;account&lt;/source&gt;
        &lt;translation&gt;Switch &amp;account&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Sign &amp;out&lt;/source&gt;
        &lt;translation&gt;Sign &amp;out&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Sign out and &amp;forget this computer&lt;/source&gt;
        &lt;translation&gt;Sign out and &amp;forget this computer&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Sign out and delete what this computer saved of your accounts&lt;/source&gt;
        &lt;translation&gt;Sign out and delete what this computer saved of your accounts&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;New ticket&lt;/source&gt;
        &lt;translation&gt;&amp;New ticket&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Find&lt;/source&gt;
        &lt;translation&gt;&amp;Find&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Theme&lt;/source&gt;
        &lt;translation&gt;Theme&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Light or dark, or as the system&lt;/source&gt;
        &lt;translation&gt;Light or dark, or as the system&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;As the &amp;system&lt;/source&gt;
        &lt;translation&gt;As the &amp;system&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Light&lt;/source&gt;
        &lt;translation&gt;&amp;Light&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Dark&lt;/source&gt;
        &lt;translation&gt;&amp;Dark&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 (demo portal)&lt;/source&gt;
        &lt;translation&gt;%1 (demo portal)&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;NewTicketForm&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Low&lt;/source&gt;
        &lt;translation&gt;Low&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Medium&lt;/source&gt;
        &lt;translation&gt;Medium&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;High&lt;/source&gt;
        &lt;translation&gt;High&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Department&lt;/source&gt;
        &lt;translation&gt;Department&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Related service&lt;/source&gt;
        &lt;translation&gt;Related service&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Priority&lt;/source&gt;
        &lt;translation&gt;Priority&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Subject&lt;/source&gt;
        &lt;translation&gt;Subject&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Message&lt;/source&gt;
        &lt;translation&gt;Message&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Send ticket&lt;/source&gt;
        &lt;translation&gt;&amp;Send ticket&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Send ticket&lt;/source&gt;
        &lt;translation&gt;Send ticket&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Department:&lt;/source&gt;
        &lt;translation&gt;&amp;Department:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Related se&amp;rvice:&lt;/source&gt;
        &lt;translation&gt;Related se&amp;rvice:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Priority:&lt;/source&gt;
        &lt;translation&gt;&amp;Priority:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;S&amp;ubject:&lt;/source&gt;
        &lt;translation&gt;S&amp;ubject:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Message:&lt;/source&gt;
        &lt;translation&gt;&amp;Message:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Attachments:&lt;/source&gt;
        &lt;translation&gt;Attachments:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Draft restored.&lt;/source&gt;
        &lt;translation&gt;Draft restored.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;None&lt;/source&gt;
        &lt;translation&gt;None&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Sending…&lt;/source&gt;
        &lt;translation&gt;Sending…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ticket #%1 sent.&lt;/source&gt;
        &lt;translation&gt;Ticket #%1 sent.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Not sent. Your draft is kept.&lt;/source&gt;
        &lt;translation&gt;Not sent. Your draft is kept.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Notice&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Retry&lt;/source&gt;
        &lt;translation&gt;Retry&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;OwnerChangeDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Change of owner&lt;/source&gt;
        &lt;translation&gt;Change of owner&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The service moves to another client account. Both accounts must exist and have no overdue invoice, only active services can move, and the two accounts must have different e-mail addresses. This sends a request: a ticket is opened and our team makes the change (we may call to check); it is not instant.&lt;/source&gt;
        &lt;translation&gt;The service moves to another client account. Both accounts must exist and have no overdue invoice, only active services can move, and the two accounts must have different e-mail addresses. This sends a request: a ticket is opened and our team makes the change (we may call to check); it is not instant.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;New owner&apos;s e-mail&lt;/source&gt;
        &lt;translation&gt;New owner&apos;s e-mail&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Message (optional)&lt;/source&gt;
        &lt;translation&gt;Message (optional)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;New owner&apos;s &amp;e-mail&lt;/source&gt;
        &lt;translation&gt;New owner&apos;s &amp;e-mail&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Send request&lt;/source&gt;
        &lt;translation&gt;&amp;Send request&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Send request&lt;/source&gt;
        &lt;translation&gt;Send request&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Close&lt;/source&gt;
        &lt;translation&gt;Close&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Enter the new owner&apos;s e-mail address.&lt;/source&gt;
        &lt;translation&gt;Enter the new owner&apos;s e-mail address.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Request sent: ticket #%1 was opened in %2. The change of owner is a request, not an instant move: our team checks it and moves the service, and you will see the answer in that ticket.&lt;/source&gt;
        &lt;translation&gt;Request sent: ticket #%1 was opened in %2. The change of owner is a request, not an instant move: our team checks it and moves the service, and you will see the answer in that ticket.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;PaymentMethods&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Automatic charging is on: turn it off before removing the last card.&lt;/source&gt;
        &lt;translation&gt;Automatic charging is on: turn it off before removing the last card.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Add a card before turning on automatic charging.&lt;/source&gt;
        &lt;translation&gt;Add a card before turning on automatic charging.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This card number is not valid. Check the digits.&lt;/source&gt;
        &lt;translation&gt;This card number is not valid. Check the digits.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This card brand is not accepted. Use Visa, Mastercard, American Express, Cabal or Naranja, among others.&lt;/source&gt;
        &lt;translation&gt;This card brand is not accepted. Use Visa, Mastercard, American Express, Cabal or Naranja, among others.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This card has expired.&lt;/source&gt;
        &lt;translation&gt;This card has expired.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This value is too small.&lt;/source&gt;
        &lt;translation&gt;This value is too small.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This value is too large.&lt;/source&gt;
        &lt;translation&gt;This value is too large.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;PaymentMethodsTab&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;%1 ****%2 (expires %3)&lt;/source&gt;
        &lt;translation&gt;%1 ****%2 (expires %3)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 ****%2 (expired %3)&lt;/source&gt;
        &lt;translation&gt;%1 ****%2 (expired %3)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Card&lt;/source&gt;
        &lt;translation&gt;Card&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Number&lt;/source&gt;
        &lt;translation&gt;Number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Expires&lt;/source&gt;
        &lt;translation&gt;Expires&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;(expired)&lt;/source&gt;
        &lt;translation&gt;(expired)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Holder&lt;/source&gt;
        &lt;translation&gt;Holder&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Default&lt;/source&gt;
        &lt;translation&gt;Default&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Saved cards&lt;/source&gt;
        &lt;translation&gt;Saved cards&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No saved cards yet.&lt;/source&gt;
        &lt;translation&gt;No saved cards yet.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Make &amp;default&lt;/source&gt;
        &lt;translation&gt;Make &amp;default&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Make the selected card the default&lt;/source&gt;
        &lt;translation&gt;Make the selected card the default&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Remove…&lt;/source&gt;
        &lt;translation&gt;&amp;Remove…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Remove the selected card&lt;/source&gt;
        &lt;translation&gt;Remove the selected card&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Charge my invoices automatically to the default card&lt;/source&gt;
        &lt;translation&gt;&amp;Charge my invoices automatically to the default card&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Automatic charging&lt;/source&gt;
        &lt;translation&gt;Automatic charging&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cardholder name&lt;/source&gt;
        &lt;translation&gt;Cardholder name&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;As printed on the card&lt;/source&gt;
        &lt;translation&gt;As printed on the card&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Card number&lt;/source&gt;
        &lt;translation&gt;Card number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Expiry month&lt;/source&gt;
        &lt;translation&gt;Expiry month&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Expiry year&lt;/source&gt;
        &lt;translation&gt;Expiry year&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Make it the &amp;default card&lt;/source&gt;
        &lt;translation&gt;Make it the &amp;default card&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Make the new card the default&lt;/source&gt;
        &lt;translation&gt;Make the new card the default&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Add card&lt;/source&gt;
        &lt;translation&gt;&amp;Add card&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Add card&lt;/source&gt;
        &lt;translation&gt;Add card&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Card&amp;holder:&lt;/source&gt;
        &lt;translation&gt;Card&amp;holder:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Card &amp;number:&lt;/source&gt;
        &lt;translation&gt;Card &amp;number:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Expires (month / year):&lt;/source&gt;
        &lt;translation&gt;&amp;Expires (month / year):&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The card number goes to the portal once and is not kept on this computer; the portal keeps only the brand, the last 4 digits and the expiry.&lt;/source&gt;
        &lt;translation&gt;The card number goes to the portal once and is not kept on this computer; the portal keeps only the brand, the last 4 digits and the expiry.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Add a card&lt;/source&gt;
        &lt;translation&gt;Add a card&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Choose a card in the list first.</translation>
    </message>
    <message>
        <source>This card is already the default one.</source>
        <translation>This card is already the default one.</translation>
    </message>
    <message>
        <source>Remove the card %1 from the account? It will no longer pay your invoices, and to use it again you will have to type its number.</source>
        <translation>Remove the card %1 from the account? It will no longer pay your invoices, and to use it again you will have to type its number.</translation>
    </message>
    <message>
        <source>It is the default card: your oldest other card becomes the default.</source>
        <translation>It is the default card: your oldest other card becomes the default.</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Remove card</translation>
    </message>
    <message>
        <source>%1 is now the default card.</source>
        <translation>%1 is now the default card.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 removed.</translation>
    </message>
    <message>
        <source>your default card</source>
        <translation>your default card</translation>
    </message>
    <message>
        <source>Charge your invoices automatically to %1? Each new invoice will be paid with it without asking you. You can turn this off at any time.</source>
        <translation>Charge your invoices automatically to %1? Each new invoice will be paid with it without asking you. You can turn this off at any time.</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Turn on</translation>
    </message>
    <message>
        <source>Type the card number.</source>
        <translation>Type the card number.</translation>
    </message>
    <message>
        <source>Adding the card…</source>
        <translation>Adding the card…</translation>
    </message>
    <message>
        <source>Card %1 added.</source>
        <translation>Card %1 added.</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <source>You cannot see this account&apos;s services.</source>
        <translation>You cannot see this account&apos;s services.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Buy a service</source>
        <translation>Buy a service</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Billing cycle</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>example.com.ar (optional)</source>
        <translation>example.com.ar (optional)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>Billing &amp;cycle:</source>
        <translation>Billing &amp;cycle:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Go to account</source>
        <translation>Go to account</translation>
    </message>
    <message>
        <source>Name, company, e-mail or domain</source>
        <translation>Name, company, e-mail or domain</translation>
    </message>
    <message>
        <source>Account to go to</source>
        <translation>Account to go to</translation>
    </message>
    <message>
        <source>Matching accounts</source>
        <translation>Matching accounts</translation>
    </message>
    <message numerus="yes">
        <source>%n matching account(s)</source>
        <translation>
            <numerusform>%n matching account</numerusform>
            <numerusform>%n matching accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotesTab</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Awaiting your answer</source>
        <translation>Awaiting your answer</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>No quotes yet: when we send you one, it shows here.</source>
        <translation>No quotes yet: when we send you one, it shows here.</translation>
    </message>
    <message>
        <source>Quote detail</source>
        <translation>Quote detail</translation>
    </message>
    <message>
        <source>Select a quote to see its items.</source>
        <translation>Select a quote to see its items.</translation>
    </message>
    <message>
        <source>&amp;Accept quote…</source>
        <translation>&amp;Accept quote…</translation>
    </message>
    <message>
        <source>Accept the selected quote</source>
        <translation>Accept the selected quote</translation>
    </message>
    <message>
        <source>&amp;Decline quote…</source>
        <translation>&amp;Decline quote…</translation>
    </message>
    <message>
        <source>Decline the selected quote</source>
        <translation>Decline the selected quote</translation>
    </message>
    <message>
        <source>Loading quote %1…</source>
        <translation>Loading quote %1…</translation>
    </message>
    <message>
        <source>Choose a quote in the list first.</source>
        <translation>Choose a quote in the list first.</translation>
    </message>
    <message>
        <source>Answering this quote…</source>
        <translation>Answering this quote…</translation>
    </message>
    <message>
        <source>This quote was already answered, withdrawn or is past its validity.</source>
        <translation>This quote was already answered, withdrawn or is past its validity.</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Quote %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Tax (%1%)</source>
        <translation>Tax (%1%)</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Accept quote %1 (%2)?

An invoice for %3 will be created in your account, to be paid by its due date. This cannot be undone.</source>
        <translation>Accept quote %1 (%2)?

An invoice for %3 will be created in your account, to be paid by its due date. This cannot be undone.</translation>
    </message>
    <message>
        <source>Accept quote</source>
        <translation>Accept quote</translation>
    </message>
    <message>
        <source>Decline quote %1 (%2)?

It can no longer be accepted; ask for a new one in a ticket if you change your mind.</source>
        <translation>Decline quote %1 (%2)?

It can no longer be accepted; ask for a new one in a ticket if you change your mind.</translation>
    </message>
    <message>
        <source>Decline quote</source>
        <translation>Decline quote</translation>
    </message>
    <message>
        <source>Declining quote %1…</source>
        <translation>Declining quote %1…</translation>
    </message>
    <message>
        <source>Quote %1 declined.</source>
        <translation>Quote %1 declined.</translation>
    </message>
    <message>
        <source>Accepting quote %1…</source>
        <translation>Accepting quote %1…</translation>
    </message>
    <message>
        <source>Quote %1 accepted: invoice %2 was created for %3.</source>
        <translation>Quote %1 accepted: invoice %2 was created for %3.</translation>
    </message>
    <message>
        <source>Quote %1 accepted: an invoice was created.</source>
        <translation>Quote %1 accepted: an invoice was created.</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>Sign in to the client area</source>
        <translation>Sign in to the client area</translation>
    </message>
    <message>
        <source>See services</source>
        <translation>See services</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>This session</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>C&amp;urrent password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>Re&amp;peat it:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Change password</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Two-factor sign-in</translation>
    </message>
    <message>
        <source>&amp;Set up two-factor sign-in</source>
        <translation>&amp;Set up two-factor sign-in</translation>
    </message>
    <message>
        <source>Set up two-factor sign-in</source>
        <translation>Set up two-factor sign-in</translation>
    </message>
    <message>
        <source>QR code to scan with your authenticator app</source>
        <translation>QR code to scan with your authenticator app</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret key</translation>
    </message>
    <message>
        <source>1. Scan this code with an authenticator app (Google Authenticator, Aegis, 1Password, ...), or type the key below.
2. Enter the 6-digit code the app shows.</source>
        <translation>1. Scan this code with an authenticator app (Google Authenticator, Aegis, 1Password, ...), or type the key below.
2. Enter the 6-digit code the app shows.</translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation>Code from the authenticator app</translation>
    </message>
    <message>
        <source>C&amp;onfirm and turn on</source>
        <translation>C&amp;onfirm and turn on</translation>
    </message>
    <message>
        <source>Confirm and turn on</source>
        <translation>Confirm and turn on</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the set-up</source>
        <translation>Cancel the set-up</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Keep these recovery codes somewhere safe, away from your phone. Each one signs you in once if you lose the authenticator app. They are shown only now.</source>
        <translation>Keep these recovery codes somewhere safe, away from your phone. Each one signs you in once if you lose the authenticator app. They are shown only now.</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Recovery codes</translation>
    </message>
    <message>
        <source>Cop&amp;y codes</source>
        <translation>Cop&amp;y codes</translation>
    </message>
    <message>
        <source>Copy the recovery codes</source>
        <translation>Copy the recovery codes</translation>
    </message>
    <message>
        <source>I have saved them</source>
        <translation>I have saved them</translation>
    </message>
    <message>
        <source>Code or recovery code</source>
        <translation>Code or recovery code</translation>
    </message>
    <message>
        <source>code or recovery code</source>
        <translation>code or recovery code</translation>
    </message>
    <message>
        <source>Turn o&amp;ff</source>
        <translation>Turn o&amp;ff</translation>
    </message>
    <message>
        <source>Turn off two-factor sign-in</source>
        <translation>Turn off two-factor sign-in</translation>
    </message>
    <message>
        <source>To turn it off, enter a code:</source>
        <translation>To turn it off, enter a code:</translation>
    </message>
    <message>
        <source>Connected apps</source>
        <translation>Connected apps</translation>
    </message>
    <message>
        <source>Third-party applications use single sign-on to reach your billing account directly, without signing in again. Revoke the ones you no longer use.</source>
        <translation>Third-party applications use single sign-on to reach your billing account directly, without signing in again. Revoke the ones you no longer use.</translation>
    </message>
    <message>
        <source>No application has access to your account.</source>
        <translation>No application has access to your account.</translation>
    </message>
    <message>
        <source>Re&amp;voke access…</source>
        <translation>Re&amp;voke access…</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Revoke access</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Active sessions</translation>
    </message>
    <message>
        <source>Where you are signed in. End a session you do not recognise: that program is signed out at once.</source>
        <translation>Where you are signed in. End a session you do not recognise: that program is signed out at once.</translation>
    </message>
    <message>
        <source>&amp;End session…</source>
        <translation>&amp;End session…</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Enter the password you use now.</source>
        <translation>Enter the password you use now.</translation>
    </message>
    <message>
        <source>Use at least 10 characters.</source>
        <translation>Use at least 10 characters.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Changing the password…</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off. Turn it on to be asked, after your password, for a code from an app on your phone.</source>
        <translation>Two-factor sign-in is off. Turn it on to be asked, after your password, for a code from an app on your phone.</translation>
    </message>
    <message numerus="yes">
        <source>Two-factor sign-in is on: signing in asks for a code from your authenticator app. %n recovery code(s) left.</source>
        <translation>
            <numerusform>Two-factor sign-in is on: signing in asks for a code from your authenticator app. %n recovery code left.</numerusform>
            <numerusform>Two-factor sign-in is on: signing in asks for a code from your authenticator app. %n recovery codes left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting up two-factor sign-in.</source>
        <translation>Setting up two-factor sign-in.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off.</source>
        <translation>Two-factor sign-in is off.</translation>
    </message>
    <message>
        <source>Enter the 6 digits the app shows.</source>
        <translation>Enter the 6 digits the app shows.</translation>
    </message>
    <message>
        <source>Recovery codes copied.</source>
        <translation>Recovery codes copied.</translation>
    </message>
    <message>
        <source>Enter a code from the app, or one of your recovery codes.</source>
        <translation>Enter a code from the app, or one of your recovery codes.</translation>
    </message>
    <message>
        <source>Choose an application first.</source>
        <translation>Remove the card %1 from the account? It will no longer pay your invoices, and to use it again you will have to type its number.&lt;/source&gt;
        &lt;translation&gt;Remove the card %1 from the account? It will no longer pay your invoices, and to use it again you will have to type its number.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;It is the default card: your oldest other card becomes the default.&lt;/source&gt;
        &lt;translation&gt;It is the default card: your oldest other card becomes the default.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Remove card&lt;/source&gt;
        &lt;translation&gt;Remove card&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 is now the default card.&lt;/source&gt;
        &lt;translation&gt;%1 is now the default card.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 removed.&lt;/source&gt;
        &lt;translation&gt;%1 removed.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;your default card&lt;/source&gt;
        &lt;translation&gt;your default card&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Charge your invoices automatically to %1? Each new invoice will be paid with it without asking you. You can turn this off at any time.&lt;/source&gt;
        &lt;translation&gt;Charge your invoices automatically to %1? Each new invoice will be paid with it without asking you. You can turn this off at any time.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Turn on&lt;/source&gt;
        &lt;translation&gt;Turn on&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Type the card number.&lt;/source&gt;
        &lt;translation&gt;Type the card number.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Adding the card…&lt;/source&gt;
        &lt;translation&gt;Adding the card…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Card %1 added.&lt;/source&gt;
        &lt;translation&gt;Card %1 added.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;Portfolio&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;You cannot see this account&apos;s services.&lt;/source&gt;
        &lt;translation&gt;You cannot see this account&apos;s services.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ProductDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Buy a service&lt;/source&gt;
        &lt;translation&gt;Buy a service&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Product&lt;/source&gt;
        &lt;translation&gt;Product&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Billing cycle&lt;/source&gt;
        &lt;translation&gt;Billing cycle&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Domain&lt;/source&gt;
        &lt;translation&gt;Domain&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;example.com.ar (optional)&lt;/source&gt;
        &lt;translation&gt;example.com.ar (optional)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Continue&lt;/source&gt;
        &lt;translation&gt;Continue&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Product:&lt;/source&gt;
        &lt;translation&gt;&amp;Product:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Billing &amp;cycle:&lt;/source&gt;
        &lt;translation&gt;Billing &amp;cycle:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Domain:&lt;/source&gt;
        &lt;translation&gt;&amp;Domain:&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;QuickSwitcher&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Account&lt;/source&gt;
        &lt;translation&gt;Account&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Search&lt;/source&gt;
        &lt;translation&gt;Search&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Go to account&lt;/source&gt;
        &lt;translation&gt;Go to account&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Name, company, e-mail or domain&lt;/source&gt;
        &lt;translation&gt;Name, company, e-mail or domain&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Account to go to&lt;/source&gt;
        &lt;translation&gt;Account to go to&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Matching accounts&lt;/source&gt;
        &lt;translation&gt;Matching accounts&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n matching account(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n matching account&lt;/numerusform&gt;
            &lt;numerusform&gt;%n matching accounts&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;QuotesTab&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Draft&lt;/source&gt;
        &lt;translation&gt;Draft&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Awaiting your answer&lt;/source&gt;
        &lt;translation&gt;Awaiting your answer&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;On hold&lt;/source&gt;
        &lt;translation&gt;On hold&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Accepted&lt;/source&gt;
        &lt;translation&gt;Accepted&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Declined&lt;/source&gt;
        &lt;translation&gt;Declined&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Withdrawn&lt;/source&gt;
        &lt;translation&gt;Withdrawn&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Expired&lt;/source&gt;
        &lt;translation&gt;Expired&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Number&lt;/source&gt;
        &lt;translation&gt;Number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Subject&lt;/source&gt;
        &lt;translation&gt;Subject&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Date&lt;/source&gt;
        &lt;translation&gt;Date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Valid until&lt;/source&gt;
        &lt;translation&gt;Valid until&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Total&lt;/source&gt;
        &lt;translation&gt;Total&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Status&lt;/source&gt;
        &lt;translation&gt;Status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Quotes&lt;/source&gt;
        &lt;translation&gt;Quotes&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No quotes yet: when we send you one, it shows here.&lt;/source&gt;
        &lt;translation&gt;No quotes yet: when we send you one, it shows here.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Quote detail&lt;/source&gt;
        &lt;translation&gt;Quote detail&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Select a quote to see its items.&lt;/source&gt;
        &lt;translation&gt;Select a quote to see its items.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Accept quote…&lt;/source&gt;
        &lt;translation&gt;&amp;Accept quote…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Accept the selected quote&lt;/source&gt;
        &lt;translation&gt;Accept the selected quote&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Decline quote…&lt;/source&gt;
        &lt;translation&gt;&amp;Decline quote…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Decline the selected quote&lt;/source&gt;
        &lt;translation&gt;Decline the selected quote&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading quote %1…&lt;/source&gt;
        &lt;translation&gt;Loading quote %1…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Choose a quote in the list first.&lt;/source&gt;
        &lt;translation&gt;Choose a quote in the list first.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Answering this quote…&lt;/source&gt;
        &lt;translation&gt;Answering this quote…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This quote was already answered, withdrawn or is past its validity.&lt;/source&gt;
        &lt;translation&gt;This quote was already answered, withdrawn or is past its validity.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Quote %1&lt;/source&gt;
        &lt;translation&gt;Quote %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Item&lt;/source&gt;
        &lt;translation&gt;Item&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Qty&lt;/source&gt;
        &lt;translation&gt;Qty&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Unit price&lt;/source&gt;
        &lt;translation&gt;Unit price&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Amount&lt;/source&gt;
        &lt;translation&gt;Amount&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Tax (%1%)&lt;/source&gt;
        &lt;translation&gt;Tax (%1%)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Subtotal&lt;/source&gt;
        &lt;translation&gt;Subtotal&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Accept quote %1 (%2)?

An invoice for %3 will be created in your account, to be paid by its due date. This cannot be undone.&lt;/source&gt;
        &lt;translation&gt;Accept quote %1 (%2)?

An invoice for %3 will be created in your account, to be paid by its due date. This cannot be undone.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Accept quote&lt;/source&gt;
        &lt;translation&gt;Accept quote&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Decline quote %1 (%2)?

It can no longer be accepted; ask for a new one in a ticket if you change your mind.&lt;/source&gt;
        &lt;translation&gt;Decline quote %1 (%2)?

It can no longer be accepted; ask for a new one in a ticket if you change your mind.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Decline quote&lt;/source&gt;
        &lt;translation&gt;Decline quote&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Declining quote %1…&lt;/source&gt;
        &lt;translation&gt;Declining quote %1…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Quote %1 declined.&lt;/source&gt;
        &lt;translation&gt;Quote %1 declined.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Accepting quote %1…&lt;/source&gt;
        &lt;translation&gt;Accepting quote %1…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Quote %1 accepted: invoice %2 was created for %3.&lt;/source&gt;
        &lt;translation&gt;Quote %1 accepted: invoice %2 was created for %3.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Quote %1 accepted: an invoice was created.&lt;/source&gt;
        &lt;translation&gt;Quote %1 accepted: an invoice was created.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SecurityTab&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Sign in to the client area&lt;/source&gt;
        &lt;translation&gt;Sign in to the client area&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;See services&lt;/source&gt;
        &lt;translation&gt;See services&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This session&lt;/source&gt;
        &lt;translation&gt;This session&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Application&lt;/source&gt;
        &lt;translation&gt;Application&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Access&lt;/source&gt;
        &lt;translation&gt;Access&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Connected&lt;/source&gt;
        &lt;translation&gt;Connected&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Last used&lt;/source&gt;
        &lt;translation&gt;Last used&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Signed in&lt;/source&gt;
        &lt;translation&gt;Signed in&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Device&lt;/source&gt;
        &lt;translation&gt;Device&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;IP address&lt;/source&gt;
        &lt;translation&gt;IP address&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Current&lt;/source&gt;
        &lt;translation&gt;Current&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Password&lt;/source&gt;
        &lt;translation&gt;Password&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Current password&lt;/source&gt;
        &lt;translation&gt;Current password&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;New password&lt;/source&gt;
        &lt;translation&gt;New password&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Repeat the new password&lt;/source&gt;
        &lt;translation&gt;Repeat the new password&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;C&amp;urrent password:&lt;/source&gt;
        &lt;translation&gt;C&amp;urrent password:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;New password:&lt;/source&gt;
        &lt;translation&gt;&amp;New password:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Re&amp;peat it:&lt;/source&gt;
        &lt;translation&gt;Re&amp;peat it:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Change password&lt;/source&gt;
        &lt;translation&gt;&amp;Change password&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Change password&lt;/source&gt;
        &lt;translation&gt;Change password&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Two-factor sign-in&lt;/source&gt;
        &lt;translation&gt;Two-factor sign-in&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Set up two-factor sign-in&lt;/source&gt;
        &lt;translation&gt;&amp;Set up two-factor sign-in&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Set up two-factor sign-in&lt;/source&gt;
        &lt;translation&gt;Set up two-factor sign-in&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;QR code to scan with your authenticator app&lt;/source&gt;
        &lt;translation&gt;QR code to scan with your authenticator app&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Secret key&lt;/source&gt;
        &lt;translation&gt;Secret key&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;1. Scan this code with an authenticator app (Google Authenticator, Aegis, 1Password, ...), or type the key below.
2. Enter the 6-digit code the app shows.&lt;/source&gt;
        &lt;translation&gt;1. Scan this code with an authenticator app (Google Authenticator, Aegis, 1Password, ...), or type the key below.
2. Enter the 6-digit code the app shows.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Code from the authenticator app&lt;/source&gt;
        &lt;translation&gt;Code from the authenticator app&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;C&amp;onfirm and turn on&lt;/source&gt;
        &lt;translation&gt;C&amp;onfirm and turn on&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Confirm and turn on&lt;/source&gt;
        &lt;translation&gt;Confirm and turn on&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cancel&lt;/source&gt;
        &lt;translation&gt;Cancel&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cancel the set-up&lt;/source&gt;
        &lt;translation&gt;Cancel the set-up&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Co&amp;de:&lt;/source&gt;
        &lt;translation&gt;Co&amp;de:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Key:&lt;/source&gt;
        &lt;translation&gt;Key:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Keep these recovery codes somewhere safe, away from your phone. Each one signs you in once if you lose the authenticator app. They are shown only now.&lt;/source&gt;
        &lt;translation&gt;Keep these recovery codes somewhere safe, away from your phone. Each one signs you in once if you lose the authenticator app. They are shown only now.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Recovery codes&lt;/source&gt;
        &lt;translation&gt;Recovery codes&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cop&amp;y codes&lt;/source&gt;
        &lt;translation&gt;Cop&amp;y codes&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Copy the recovery codes&lt;/source&gt;
        &lt;translation&gt;Copy the recovery codes&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;I have saved them&lt;/source&gt;
        &lt;translation&gt;I have saved them&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Code or recovery code&lt;/source&gt;
        &lt;translation&gt;Code or recovery code&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;code or recovery code&lt;/source&gt;
        &lt;translation&gt;code or recovery code&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Turn o&amp;ff&lt;/source&gt;
        &lt;translation&gt;Turn o&amp;ff&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Turn off two-factor sign-in&lt;/source&gt;
        &lt;translation&gt;Turn off two-factor sign-in&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;To turn it off, enter a code:&lt;/source&gt;
        &lt;translation&gt;To turn it off, enter a code:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Connected apps&lt;/source&gt;
        &lt;translation&gt;Connected apps&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Third-party applications use single sign-on to reach your billing account directly, without signing in again. Revoke the ones you no longer use.&lt;/source&gt;
        &lt;translation&gt;Third-party applications use single sign-on to reach your billing account directly, without signing in again. Revoke the ones you no longer use.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No application has access to your account.&lt;/source&gt;
        &lt;translation&gt;No application has access to your account.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Re&amp;voke access…&lt;/source&gt;
        &lt;translation&gt;Re&amp;voke access…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Revoke access&lt;/source&gt;
        &lt;translation&gt;Revoke access&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Active sessions&lt;/source&gt;
        &lt;translation&gt;Active sessions&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Where you are signed in. End a session you do not recognise: that program is signed out at once.&lt;/source&gt;
        &lt;translation&gt;Where you are signed in. End a session you do not recognise: that program is signed out at once.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;End session…&lt;/source&gt;
        &lt;translation&gt;&amp;End session…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;End session&lt;/source&gt;
        &lt;translation&gt;End session&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading…&lt;/source&gt;
        &lt;translation&gt;Loading…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Enter the password you use now.&lt;/source&gt;
        &lt;translation&gt;Enter the password you use now.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Use at least 10 characters.&lt;/source&gt;
        &lt;translation&gt;Use at least 10 characters.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The two new passwords are not the same.&lt;/source&gt;
        &lt;translation&gt;The two new passwords are not the same.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Changing the password…&lt;/source&gt;
        &lt;translation&gt;Changing the password…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Two-factor sign-in is off. Turn it on to be asked, after your password, for a code from an app on your phone.&lt;/source&gt;
        &lt;translation&gt;Two-factor sign-in is off. Turn it on to be asked, after your password, for a code from an app on your phone.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Two-factor sign-in is on: signing in asks for a code from your authenticator app. %n recovery code(s) left.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Two-factor sign-in is on: signing in asks for a code from your authenticator app. %n recovery code left.&lt;/numerusform&gt;
            &lt;numerusform&gt;Two-factor sign-in is on: signing in asks for a code from your authenticator app. %n recovery codes left.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Setting up two-factor sign-in.&lt;/source&gt;
        &lt;translation&gt;Setting up two-factor sign-in.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Two-factor sign-in is off.&lt;/source&gt;
        &lt;translation&gt;Two-factor sign-in is off.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Enter the 6 digits the app shows.&lt;/source&gt;
        &lt;translation&gt;Enter the 6 digits the app shows.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Recovery codes copied.&lt;/source&gt;
        &lt;translation&gt;Recovery codes copied.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Enter a code from the app, or one of your recovery codes.&lt;/source&gt;
        &lt;translation&gt;Enter a code from the app, or one of your recovery codes.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Choose an application first.</translation>
    </message>
    <message>
        <source>%1 will no longer reach your billing account with single sign-on. To use it again you must connect it again from that application.</source>
        <translation>%1 will no longer reach your billing account with single sign-on. To use it again you must connect it again from that application.</translation>
    </message>
    <message>
        <source>Choose a session in the list first.</source>
        <translation>%1 will no longer reach your billing account with single sign-on. To use it again you must connect it again from that application.&lt;/source&gt;
        &lt;translation&gt;%1 will no longer reach your billing account with single sign-on. To use it again you must connect it again from that application.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Choose a session in the list first.</translation>
    </message>
    <message>
        <source>This is the session you are using: Sign out ends it.</source>
        <translation>This is the session you are using: Sign out ends it.</translation>
    </message>
    <message>
        <source>The session started %1 (%2) will be signed out at once; that program will ask for the password again.</source>
        <translation>The session started %1 (%2) will be signed out at once; that program will ask for the password again.</translation>
    </message>
</context>
<context>
    <name>ServiceActions</name>
    <message>
        <source>This plan cannot be changed automatically. Your account executive does it: open a ticket and they will get back to you.</source>
        <translation>This plan cannot be changed automatically. Your account executive does it: open a ticket and they will get back to you.</translation>
    </message>
    <message>
        <source>Only an active service can do this.</source>
        <translation>Only an active service can do this.</translation>
    </message>
    <message>
        <source>A cancellation was already requested for this service.</source>
        <translation>A cancellation was already requested for this service.</translation>
    </message>
    <message>
        <source>This service is already cancelled or terminated.</source>
        <translation>This service is already cancelled or terminated.</translation>
    </message>
    <message>
        <source>Both accounts must have no overdue invoice before a service changes owner. Pay the overdue invoices first.</source>
        <translation>Both accounts must have no overdue invoice before a service changes owner. Pay the overdue invoices first.</translation>
    </message>
    <message>
        <source>No client has this e-mail address. The new owner must sign up as a client first.</source>
        <translation>No client has this e-mail address. The new owner must sign up as a client first.</translation>
    </message>
    <message>
        <source>The service already belongs to the client with this e-mail address. Give the new owner&apos;s e-mail: the two accounts must have different e-mail addresses.</source>
        <translation>The service already belongs to the client with this e-mail address. Give the new owner&apos;s e-mail: the two accounts must have different e-mail addresses.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>The password is not correct.</translation>
    </message>
    <message>
        <source>This is the current plan.</source>
        <translation>This is the current plan.</translation>
    </message>
    <message>
        <source>Only plans of the same group can be chosen.</source>
        <translation>Only plans of the same group can be chosen.</translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation>This plan no longer exists.</translation>
    </message>
    <message>
        <source>This plan is not offered in the service&apos;s billing cycle.</source>
        <translation>This plan is not offered in the service&apos;s billing cycle.</translation>
    </message>
    <message>
        <source>Nothing you have paid is refunded when a service is cancelled.</source>
        <translation>Nothing you have paid is refunded when a service is cancelled.</translation>
    </message>
    <message>
        <source>Invoices for the current period must still be paid: a cancellation has to be asked for before new invoices or renewals are generated.</source>
        <translation>Invoices for the current period must still be paid: a cancellation has to be asked for before new invoices or renewals are generated.</translation>
    </message>
    <message>
        <source>When the cancellation takes effect, every file of the service is deleted from the server: website, e-mails, FTP and the rest.</source>
        <translation>When the cancellation takes effect, every file of the service is deleted from the server: website, e-mails, FTP and the rest.</translation>
    </message>
</context>
<context>
    <name>ServiceStatusView</name>
    <message>
        <source>Operational</source>
        <translation>Operational</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>Degraded performance</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Partial outage</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Major outage</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identified</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>No impact</source>
        <translation>No impact</translation>
    </message>
    <message>
        <source>Minor impact</source>
        <translation>Minor impact</translation>
    </message>
    <message>
        <source>Major impact</source>
        <translation>Major impact</translation>
    </message>
    <message>
        <source>Critical impact</source>
        <translation>Critical impact</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overall status</source>
        <translation>Overall status</translation>
    </message>
    <message>
        <source>Re&amp;fresh status</source>
        <translation>Re&amp;fresh status</translation>
    </message>
    <message>
        <source>Refresh the service status</source>
        <translation>Refresh the service status</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incidents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Incidents&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All systems operational</source>
        <translation>All systems operational</translation>
    </message>
    <message>
        <source>Some systems have problems: %1</source>
        <translation>Some systems have problems: %1</translation>
    </message>
    <message>
        <source>No incidents in the last 14 days.</source>
        <translation>No incidents in the last 14 days.</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>Affects: %1</translation>
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
        <source>Registration date</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Dedicated IP</source>
        <translation>Dedicated IP</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancellation</translation>
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
        <source>No services to show.</source>
        <translation>No services to show.</translation>
    </message>
    <message>
        <source>Service detail</source>
        <translation>Service detail</translation>
    </message>
    <message>
        <source>&amp;Upgrade/Downgrade…</source>
        <translation>&amp;Upgrade/Downgrade…</translation>
    </message>
    <message>
        <source>Request cance&amp;llation…</source>
        <translation>Request cance&amp;llation…</translation>
    </message>
    <message>
        <source>Change o&amp;wner…</source>
        <translation>Change o&amp;wner…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>%1 services, %2 active</source>
        <translation>%1 services, %2 active</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Select a service to see its detail.</source>
        <translation>Select a service to see its detail.</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Not requested</translation>
    </message>
    <message>
        <source>Changing a service needs the permission to manage services.</source>
        <translation>Changing a service needs the permission to manage services.</translation>
    </message>
    <message>
        <source>Choose a service in the list first.</source>
        <translation>Choose a service in the list first.</translation>
    </message>
    <message>
        <source>Only an active service can change plan.</source>
        <translation>Only an active service can change plan.</translation>
    </message>
    <message>
        <source>This service is already cancelled or terminated.</source>
        <translation>This service is already cancelled or terminated.</translation>
    </message>
    <message>
        <source>Only an active service can change owner.</source>
        <translation>Only an active service can change owner.</translation>
    </message>
    <message>
        <source>A cancellation was requested for this service.</source>
        <translation>A cancellation was requested for this service.</translation>
    </message>
    <message>
        <source>Checking whether a cancellation was already requested…</source>
        <translation>Checking whether a cancellation was already requested…</translation>
    </message>
    <message>
        <source>You can see this service, but changing it needs the permission to manage services.</source>
        <translation>You can see this service, but changing it needs the permission to manage services.</translation>
    </message>
</context>
<context>
    <name>StaffDesk</name>
    <message>
        <source>Only staff can do this.</source>
        <translation>Only staff can do this.</translation>
    </message>
    <message>
        <source>Another agent has already taken this chat.</source>
        <translation>Another agent has already taken this chat.</translation>
    </message>
    <message>
        <source>This chat has ended.</source>
        <translation>This chat has ended.</translation>
    </message>
    <message>
        <source>Take the chat before writing in it.</source>
        <translation>Take the chat before writing in it.</translation>
    </message>
    <message>
        <source>One of the components does not exist.</source>
        <translation>One of the components does not exist.</translation>
    </message>
    <message>
        <source>Type at least 2 characters.</source>
        <translation>Type at least 2 characters.</translation>
    </message>
    <message>
        <source>Write a title and a message.</source>
        <translation>Write a title and a message.</translation>
    </message>
    <message>
        <source>Write a message.</source>
        <translation>Write a message.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>Ticket queue</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Live chat</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>Service status</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Customer reply</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>In conversation</source>
        <translation>In conversation</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identified</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>No impact</source>
        <translation>No impact</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operational</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>Degraded performance</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Partial outage</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Major outage</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domain</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>invoice</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
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
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found.</source>
        <translation>
            <numerusform>%n client found.</numerusform>
            <numerusform>%n clients found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportTab</name>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>My tickets</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Live chat</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>Service status</translation>
    </message>
</context>
<context>
    <name>TicketsPane</name>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Show tickets with status</source>
        <translation>Show tickets with status</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Refresh the ticket queue</source>
        <translation>Refresh the ticket queue</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>Ticket queue</translation>
    </message>
    <message>
        <source>Ticket thread</source>
        <translation>Ticket thread</translation>
    </message>
    <message>
        <source>Reply as staff</source>
        <translation>Reply as staff</translation>
    </message>
    <message>
        <source>Write the answer the client will receive</source>
        <translation>Write the answer the client will receive</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>Send &amp;reply</translation>
    </message>
    <message>
        <source>Send the reply as staff</source>
        <translation>Send the reply as staff</translation>
    </message>
    <message>
        <source>New status of the ticket</source>
        <translation>New status of the ticket</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Change &amp;status</translation>
    </message>
    <message>
        <source>Change the ticket&apos;s status</source>
        <translation>Change the ticket&apos;s status</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>De&amp;partment:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Write the reply first.</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Customer reply</source>
        <translation>Customer reply</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Last reply</translation>
    </message>
    <message>
        <source>Show tickets with status</source>
        <translation>Show tickets with status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Search subject (Ctrl+F)</source>
        <translation>Search subject (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search tickets by subject</source>
        <translation>Search tickets by subject</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>No tickets to show.</source>
        <translation>No tickets to show.</translation>
    </message>
    <message>
        <source>Ticket thread</source>
        <translation>Ticket thread</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Write your reply…</source>
        <translation>Write your reply…</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Reply</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Send reply</translation>
    </message>
    <message>
        <source>C&amp;lose ticket</source>
        <translation>C&amp;lose ticket</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Close ticket</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Choose a ticket in the list first.</source>
        <translation>The session started %1 (%2) will be signed out at once; that program will ask for the password again.&lt;/source&gt;
        &lt;translation&gt;The session started %1 (%2) will be signed out at once; that program will ask for the password again.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ServiceActions&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;This plan cannot be changed automatically. Your account executive does it: open a ticket and they will get back to you.&lt;/source&gt;
        &lt;translation&gt;This plan cannot be changed automatically. Your account executive does it: open a ticket and they will get back to you.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Only an active service can do this.&lt;/source&gt;
        &lt;translation&gt;Only an active service can do this.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;A cancellation was already requested for this service.&lt;/source&gt;
        &lt;translation&gt;A cancellation was already requested for this service.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This service is already cancelled or terminated.&lt;/source&gt;
        &lt;translation&gt;This service is already cancelled or terminated.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Both accounts must have no overdue invoice before a service changes owner. Pay the overdue invoices first.&lt;/source&gt;
        &lt;translation&gt;Both accounts must have no overdue invoice before a service changes owner. Pay the overdue invoices first.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No client has this e-mail address. The new owner must sign up as a client first.&lt;/source&gt;
        &lt;translation&gt;No client has this e-mail address. The new owner must sign up as a client first.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The service already belongs to the client with this e-mail address. Give the new owner&apos;s e-mail: the two accounts must have different e-mail addresses.&lt;/source&gt;
        &lt;translation&gt;The service already belongs to the client with this e-mail address. Give the new owner&apos;s e-mail: the two accounts must have different e-mail addresses.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The password is not correct.&lt;/source&gt;
        &lt;translation&gt;The password is not correct.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This is the current plan.&lt;/source&gt;
        &lt;translation&gt;This is the current plan.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Only plans of the same group can be chosen.&lt;/source&gt;
        &lt;translation&gt;Only plans of the same group can be chosen.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This plan no longer exists.&lt;/source&gt;
        &lt;translation&gt;This plan no longer exists.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This plan is not offered in the service&apos;s billing cycle.&lt;/source&gt;
        &lt;translation&gt;This plan is not offered in the service&apos;s billing cycle.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Nothing you have paid is refunded when a service is cancelled.&lt;/source&gt;
        &lt;translation&gt;Nothing you have paid is refunded when a service is cancelled.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Invoices for the current period must still be paid: a cancellation has to be asked for before new invoices or renewals are generated.&lt;/source&gt;
        &lt;translation&gt;Invoices for the current period must still be paid: a cancellation has to be asked for before new invoices or renewals are generated.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;When the cancellation takes effect, every file of the service is deleted from the server: website, e-mails, FTP and the rest.&lt;/source&gt;
        &lt;translation&gt;When the cancellation takes effect, every file of the service is deleted from the server: website, e-mails, FTP and the rest.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ServiceStatusView&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Operational&lt;/source&gt;
        &lt;translation&gt;Operational&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Degraded performance&lt;/source&gt;
        &lt;translation&gt;Degraded performance&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Partial outage&lt;/source&gt;
        &lt;translation&gt;Partial outage&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Major outage&lt;/source&gt;
        &lt;translation&gt;Major outage&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Maintenance&lt;/source&gt;
        &lt;translation&gt;Maintenance&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Investigating&lt;/source&gt;
        &lt;translation&gt;Investigating&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Identified&lt;/source&gt;
        &lt;translation&gt;Identified&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Monitoring&lt;/source&gt;
        &lt;translation&gt;Monitoring&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Resolved&lt;/source&gt;
        &lt;translation&gt;Resolved&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No impact&lt;/source&gt;
        &lt;translation&gt;No impact&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Minor impact&lt;/source&gt;
        &lt;translation&gt;Minor impact&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Major impact&lt;/source&gt;
        &lt;translation&gt;Major impact&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Critical impact&lt;/source&gt;
        &lt;translation&gt;Critical impact&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Component&lt;/source&gt;
        &lt;translation&gt;Component&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Group&lt;/source&gt;
        &lt;translation&gt;Group&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Status&lt;/source&gt;
        &lt;translation&gt;Status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Overall status&lt;/source&gt;
        &lt;translation&gt;Overall status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Re&amp;fresh status&lt;/source&gt;
        &lt;translation&gt;Re&amp;fresh status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Refresh the service status&lt;/source&gt;
        &lt;translation&gt;Refresh the service status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Components&lt;/source&gt;
        &lt;translation&gt;Components&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Incidents&lt;/source&gt;
        &lt;translation&gt;Incidents&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&lt;b&gt;Incidents&lt;/b&gt;&lt;/source&gt;
        &lt;translation&gt;&lt;b&gt;Incidents&lt;/b&gt;&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;All systems operational&lt;/source&gt;
        &lt;translation&gt;All systems operational&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Some systems have problems: %1&lt;/source&gt;
        &lt;translation&gt;Some systems have problems: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No incidents in the last 14 days.&lt;/source&gt;
        &lt;translation&gt;No incidents in the last 14 days.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Affects: %1&lt;/source&gt;
        &lt;translation&gt;Affects: %1&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ServicesTab&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Product&lt;/source&gt;
        &lt;translation&gt;Product&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Domain&lt;/source&gt;
        &lt;translation&gt;Domain&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Price&lt;/source&gt;
        &lt;translation&gt;Price&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Billing cycle&lt;/source&gt;
        &lt;translation&gt;Billing cycle&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Next due date&lt;/source&gt;
        &lt;translation&gt;Next due date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Status&lt;/source&gt;
        &lt;translation&gt;Status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Registration date&lt;/source&gt;
        &lt;translation&gt;Registration date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Server&lt;/source&gt;
        &lt;translation&gt;Server&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Username&lt;/source&gt;
        &lt;translation&gt;Username&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Dedicated IP&lt;/source&gt;
        &lt;translation&gt;Dedicated IP&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cancellation&lt;/source&gt;
        &lt;translation&gt;Cancellation&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Show services with status&lt;/source&gt;
        &lt;translation&gt;Show services with status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;All statuses&lt;/source&gt;
        &lt;translation&gt;All statuses&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Services&lt;/source&gt;
        &lt;translation&gt;Services&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No services to show.&lt;/source&gt;
        &lt;translation&gt;No services to show.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Service detail&lt;/source&gt;
        &lt;translation&gt;Service detail&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Upgrade/Downgrade…&lt;/source&gt;
        &lt;translation&gt;&amp;Upgrade/Downgrade…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Request cance&amp;llation…&lt;/source&gt;
        &lt;translation&gt;Request cance&amp;llation…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Change o&amp;wner…&lt;/source&gt;
        &lt;translation&gt;Change o&amp;wner…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Status:&lt;/source&gt;
        &lt;translation&gt;Status:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 services, %2 active&lt;/source&gt;
        &lt;translation&gt;%1 services, %2 active&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading…&lt;/source&gt;
        &lt;translation&gt;Loading…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Select a service to see its detail.&lt;/source&gt;
        &lt;translation&gt;Select a service to see its detail.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Not requested&lt;/source&gt;
        &lt;translation&gt;Not requested&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Changing a service needs the permission to manage services.&lt;/source&gt;
        &lt;translation&gt;Changing a service needs the permission to manage services.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Choose a service in the list first.&lt;/source&gt;
        &lt;translation&gt;Choose a service in the list first.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Only an active service can change plan.&lt;/source&gt;
        &lt;translation&gt;Only an active service can change plan.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This service is already cancelled or terminated.&lt;/source&gt;
        &lt;translation&gt;This service is already cancelled or terminated.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Only an active service can change owner.&lt;/source&gt;
        &lt;translation&gt;Only an active service can change owner.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;A cancellation was requested for this service.&lt;/source&gt;
        &lt;translation&gt;A cancellation was requested for this service.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Checking whether a cancellation was already requested…&lt;/source&gt;
        &lt;translation&gt;Checking whether a cancellation was already requested…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;You can see this service, but changing it needs the permission to manage services.&lt;/source&gt;
        &lt;translation&gt;You can see this service, but changing it needs the permission to manage services.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;StaffDesk&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Only staff can do this.&lt;/source&gt;
        &lt;translation&gt;Only staff can do this.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Another agent has already taken this chat.&lt;/source&gt;
        &lt;translation&gt;Another agent has already taken this chat.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This chat has ended.&lt;/source&gt;
        &lt;translation&gt;This chat has ended.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Take the chat before writing in it.&lt;/source&gt;
        &lt;translation&gt;Take the chat before writing in it.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;One of the components does not exist.&lt;/source&gt;
        &lt;translation&gt;One of the components does not exist.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Type at least 2 characters.&lt;/source&gt;
        &lt;translation&gt;Type at least 2 characters.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Write a title and a message.&lt;/source&gt;
        &lt;translation&gt;Write a title and a message.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Write a message.&lt;/source&gt;
        &lt;translation&gt;Write a message.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;StaffPage&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Clients&lt;/source&gt;
        &lt;translation&gt;Clients&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ticket queue&lt;/source&gt;
        &lt;translation&gt;Ticket queue&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Live chat&lt;/source&gt;
        &lt;translation&gt;Live chat&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Service status&lt;/source&gt;
        &lt;translation&gt;Service status&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;StaffView&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Open&lt;/source&gt;
        &lt;translation&gt;Open&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Answered&lt;/source&gt;
        &lt;translation&gt;Answered&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Customer reply&lt;/source&gt;
        &lt;translation&gt;Customer reply&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;On hold&lt;/source&gt;
        &lt;translation&gt;On hold&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;In progress&lt;/source&gt;
        &lt;translation&gt;In progress&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Closed&lt;/source&gt;
        &lt;translation&gt;Closed&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Low&lt;/source&gt;
        &lt;translation&gt;Low&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Medium&lt;/source&gt;
        &lt;translation&gt;Medium&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;High&lt;/source&gt;
        &lt;translation&gt;High&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Waiting&lt;/source&gt;
        &lt;translation&gt;Waiting&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;In conversation&lt;/source&gt;
        &lt;translation&gt;In conversation&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Investigating&lt;/source&gt;
        &lt;translation&gt;Investigating&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Identified&lt;/source&gt;
        &lt;translation&gt;Identified&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Monitoring&lt;/source&gt;
        &lt;translation&gt;Monitoring&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Resolved&lt;/source&gt;
        &lt;translation&gt;Resolved&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No impact&lt;/source&gt;
        &lt;translation&gt;No impact&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Minor&lt;/source&gt;
        &lt;translation&gt;Minor&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Major&lt;/source&gt;
        &lt;translation&gt;Major&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Critical&lt;/source&gt;
        &lt;translation&gt;Critical&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Operational&lt;/source&gt;
        &lt;translation&gt;Operational&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Degraded performance&lt;/source&gt;
        &lt;translation&gt;Degraded performance&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Partial outage&lt;/source&gt;
        &lt;translation&gt;Partial outage&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Major outage&lt;/source&gt;
        &lt;translation&gt;Major outage&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Maintenance&lt;/source&gt;
        &lt;translation&gt;Maintenance&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;name&lt;/source&gt;
        &lt;translation&gt;name&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;e-mail&lt;/source&gt;
        &lt;translation&gt;e-mail&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;domain&lt;/source&gt;
        &lt;translation&gt;domain&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;invoice&lt;/source&gt;
        &lt;translation&gt;invoice&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Client&lt;/source&gt;
        &lt;translation&gt;Client&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Company&lt;/source&gt;
        &lt;translation&gt;Company&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;E-mail&lt;/source&gt;
        &lt;translation&gt;E-mail&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Found by&lt;/source&gt;
        &lt;translation&gt;Found by&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;#&lt;/source&gt;
        &lt;translation&gt;#&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Subject&lt;/source&gt;
        &lt;translation&gt;Subject&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Department&lt;/source&gt;
        &lt;translation&gt;Department&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Status&lt;/source&gt;
        &lt;translation&gt;Status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Priority&lt;/source&gt;
        &lt;translation&gt;Priority&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Last activity&lt;/source&gt;
        &lt;translation&gt;Last activity&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Agent&lt;/source&gt;
        &lt;translation&gt;Agent&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Started&lt;/source&gt;
        &lt;translation&gt;Started&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Incident&lt;/source&gt;
        &lt;translation&gt;Incident&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Impact&lt;/source&gt;
        &lt;translation&gt;Impact&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n client(s) found.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n client found.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n clients found.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;SupportTab&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Support&lt;/source&gt;
        &lt;translation&gt;Support&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;My tickets&lt;/source&gt;
        &lt;translation&gt;My tickets&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;New ticket&lt;/source&gt;
        &lt;translation&gt;New ticket&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Live chat&lt;/source&gt;
        &lt;translation&gt;Live chat&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Service status&lt;/source&gt;
        &lt;translation&gt;Service status&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;TicketsPane&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Department&lt;/source&gt;
        &lt;translation&gt;Department&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;All departments&lt;/source&gt;
        &lt;translation&gt;All departments&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Show tickets with status&lt;/source&gt;
        &lt;translation&gt;Show tickets with status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Not closed&lt;/source&gt;
        &lt;translation&gt;Not closed&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Refresh&lt;/source&gt;
        &lt;translation&gt;&amp;Refresh&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Refresh the ticket queue&lt;/source&gt;
        &lt;translation&gt;Refresh the ticket queue&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ticket queue&lt;/source&gt;
        &lt;translation&gt;Ticket queue&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ticket thread&lt;/source&gt;
        &lt;translation&gt;Ticket thread&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Reply as staff&lt;/source&gt;
        &lt;translation&gt;Reply as staff&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Write the answer the client will receive&lt;/source&gt;
        &lt;translation&gt;Write the answer the client will receive&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Send &amp;reply&lt;/source&gt;
        &lt;translation&gt;Send &amp;reply&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Send the reply as staff&lt;/source&gt;
        &lt;translation&gt;Send the reply as staff&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;New status of the ticket&lt;/source&gt;
        &lt;translation&gt;New status of the ticket&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Change &amp;status&lt;/source&gt;
        &lt;translation&gt;Change &amp;status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Change the ticket&apos;s status&lt;/source&gt;
        &lt;translation&gt;Change the ticket&apos;s status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;De&amp;partment:&lt;/source&gt;
        &lt;translation&gt;De&amp;partment:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;S&amp;tatus:&lt;/source&gt;
        &lt;translation&gt;S&amp;tatus:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Write the reply first.&lt;/source&gt;
        &lt;translation&gt;Write the reply first.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;TicketsView&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Open&lt;/source&gt;
        &lt;translation&gt;Open&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Answered&lt;/source&gt;
        &lt;translation&gt;Answered&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Customer reply&lt;/source&gt;
        &lt;translation&gt;Customer reply&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;On hold&lt;/source&gt;
        &lt;translation&gt;On hold&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;In progress&lt;/source&gt;
        &lt;translation&gt;In progress&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Closed&lt;/source&gt;
        &lt;translation&gt;Closed&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Low&lt;/source&gt;
        &lt;translation&gt;Low&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Medium&lt;/source&gt;
        &lt;translation&gt;Medium&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;High&lt;/source&gt;
        &lt;translation&gt;High&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;#&lt;/source&gt;
        &lt;translation&gt;#&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Subject&lt;/source&gt;
        &lt;translation&gt;Subject&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Department&lt;/source&gt;
        &lt;translation&gt;Department&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Priority&lt;/source&gt;
        &lt;translation&gt;Priority&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Status&lt;/source&gt;
        &lt;translation&gt;Status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Last reply&lt;/source&gt;
        &lt;translation&gt;Last reply&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Show tickets with status&lt;/source&gt;
        &lt;translation&gt;Show tickets with status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;All statuses&lt;/source&gt;
        &lt;translation&gt;All statuses&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Search subject (Ctrl+F)&lt;/source&gt;
        &lt;translation&gt;Search subject (Ctrl+F)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Search tickets by subject&lt;/source&gt;
        &lt;translation&gt;Search tickets by subject&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Tickets&lt;/source&gt;
        &lt;translation&gt;Tickets&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No tickets to show.&lt;/source&gt;
        &lt;translation&gt;No tickets to show.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ticket thread&lt;/source&gt;
        &lt;translation&gt;Ticket thread&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Reply&lt;/source&gt;
        &lt;translation&gt;Reply&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Write your reply…&lt;/source&gt;
        &lt;translation&gt;Write your reply…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Reply&lt;/source&gt;
        &lt;translation&gt;&amp;Reply&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Send reply&lt;/source&gt;
        &lt;translation&gt;Send reply&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;C&amp;lose ticket&lt;/source&gt;
        &lt;translation&gt;C&amp;lose ticket&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Close ticket&lt;/source&gt;
        &lt;translation&gt;Close ticket&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;S&amp;tatus:&lt;/source&gt;
        &lt;translation&gt;S&amp;tatus:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Choose a ticket in the list first.</translation>
    </message>
    <message>
        <source>This ticket is closed.</source>
        <translation>This ticket is closed.</translation>
    </message>
    <message>
        <source>Choose a ticket to read its messages.</source>
        <translation>Choose a ticket to read its messages.</translation>
    </message>
    <message>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Write the reply first.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Reply sent.</translation>
    </message>
    <message>
        <source>Not sent. Your reply is kept.</source>
        <translation>Not sent. Your reply is kept.</translation>
    </message>
    <message>
        <source>Close ticket #%1 “%2”? You can still reply later: a reply opens it again.</source>
        <translation>Close ticket #%1 “%2”? You can still reply later: a reply opens it again.</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>Closing…</translation>
    </message>
</context>
<context>
    <name>UnpaidPane</name>
    <message>
        <source>&amp;Load unpaid invoices</source>
        <translation>&amp;Load unpaid invoices</translation>
    </message>
    <message>
        <source>unpaid-invoices.csv</source>
        <translation>unpaid-invoices.csv</translation>
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
        <translation>Description</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>%1 (current plan)</source>
        <translation>%1 (current plan)</translation>
    </message>
    <message>
        <source>Upgrade/Downgrade</source>
        <translation>Upgrade/Downgrade</translation>
    </message>
    <message>
        <source>Plans you can move to</source>
        <translation>Plans you can move to</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Choose a plan to see what the change costs.</source>
        <translation>Choose a plan to see what the change costs.</translation>
    </message>
    <message>
        <source>Open a &amp;ticket instead…</source>
        <translation>Open a &amp;ticket instead…</translation>
    </message>
    <message>
        <source>Open a ticket instead</source>
        <translation>Open a ticket instead</translation>
    </message>
    <message>
        <source>Ticket to your account executive</source>
        <translation>Ticket to your account executive</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Send ticket</source>
        <translation>&amp;Send ticket</translation>
    </message>
    <message>
        <source>Send ticket</source>
        <translation>Send ticket</translation>
    </message>
    <message>
        <source>&amp;Confirm change…</source>
        <translation>&amp;Confirm change…</translation>
    </message>
    <message>
        <source>Confirm change</source>
        <translation>Confirm change</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>This is the current plan.</source>
        <translation>This is the current plan.</translation>
    </message>
    <message>
        <source>Asking the portal what this change costs…</source>
        <translation>Asking the portal what this change costs…</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Current plan</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Already paid for this period</source>
        <translation>Already paid for this period</translation>
    </message>
    <message>
        <source>Difference to pay</source>
        <translation>Difference to pay</translation>
    </message>
    <message>
        <source>Tax (%1%)</source>
        <translation>Tax (%1%)</translation>
    </message>
    <message>
        <source>Total to pay now</source>
        <translation>Total to pay now</translation>
    </message>
    <message>
        <source>A downgrade is not refunded: there is nothing to pay now, and the new price applies from the next renewal (%1).</source>
        <translation>A downgrade is not refunded: there is nothing to pay now, and the new price applies from the next renewal (%1).</translation>
    </message>
    <message>
        <source>You pay only the difference between the new plan and what you already paid (%1 − %2 = %3). The next due date stays %4.</source>
        <translation>You pay only the difference between the new plan and what you already paid (%1 − %2 = %3). The next due date stays %4.</translation>
    </message>
    <message>
        <source>Change %1 to %2? An invoice of %3 (taxes included) is created now for the difference, and the service&apos;s price becomes %4 from the next renewal.</source>
        <translation>Change %1 to %2? An invoice of %3 (taxes included) is created now for the difference, and the service&apos;s price becomes %4 from the next renewal.</translation>
    </message>
    <message>
        <source>Change %1 to %2? There is nothing to pay now (%3) and nothing is refunded; the service&apos;s price becomes %4 from the next renewal.</source>
        <translation>Change %1 to %2? There is nothing to pay now (%3) and nothing is refunded; the service&apos;s price becomes %4 from the next renewal.</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Change plan</translation>
    </message>
    <message>
        <source>Changing the plan…</source>
        <translation>Changing the plan…</translation>
    </message>
    <message>
        <source>Done: the service is now on %1. An invoice of %2 was created for the difference; pay it in Invoices.</source>
        <translation>Done: the service is now on %1. An invoice of %2 was created for the difference; pay it in Invoices.</translation>
    </message>
    <message>
        <source>Done: the service is now on %1. There is nothing to pay (%2).</source>
        <translation>Done: the service is now on %1. There is nothing to pay (%2).</translation>
    </message>
    <message>
        <source>Plan change: %1 to %2</source>
        <translation>Plan change: %1 to %2</translation>
    </message>
    <message>
        <source>I would like to change my service %1 (%2) from %3 to %4. The client area says it cannot be done automatically.</source>
        <translation>I would like to change my service %1 (%2) from %3 to %4. The client area says it cannot be done automatically.</translation>
    </message>
    <message>
        <source>Plan change: %1</source>
        <translation>Plan change: %1</translation>
    </message>
    <message>
        <source>I would like to change the plan of my service %1 (%2), now on %3. The client area says it cannot be done automatically.</source>
        <translation>I would like to change the plan of my service %1 (%2), now on %3. The client area says it cannot be done automatically.</translation>
    </message>
    <message>
        <source>Ticket #%1 was opened in %2. Your account executive will answer it there.</source>
        <translation>Ticket #%1 was opened in %2. Your account executive will answer it there.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>All permissions</source>
        <translation>All permissions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>People with access</source>
        <translation>People with access</translation>
    </message>
    <message>
        <source>No invitations waiting.</source>
        <translation>No invitations waiting.</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>Pending invitations</translation>
    </message>
    <message>
        <source>&amp;Withdraw invitation…</source>
        <translation>&amp;Withdraw invitation…</translation>
    </message>
    <message>
        <source>In&amp;vite someone…</source>
        <translation>In&amp;vite someone…</translation>
    </message>
    <message>
        <source>E-mail address to invite</source>
        <translation>E-mail address to invite</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Save permissions</source>
        <translation>&amp;Save permissions</translation>
    </message>
    <message>
        <source>Send i&amp;nvitation</source>
        <translation>Send i&amp;nvitation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Remove access…</source>
        <translation>&amp;Remove access…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Choose an invitation first.</source>
        <translation>Choose a ticket to read its messages.&lt;/source&gt;
        &lt;translation&gt;Choose a ticket to read its messages.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;#%1 %2 — %3&lt;/source&gt;
        &lt;translation&gt;#%1 %2 — %3&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Write the reply first.&lt;/source&gt;
        &lt;translation&gt;Write the reply first.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Sending…&lt;/source&gt;
        &lt;translation&gt;Sending…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Reply sent.&lt;/source&gt;
        &lt;translation&gt;Reply sent.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Not sent. Your reply is kept.&lt;/source&gt;
        &lt;translation&gt;Not sent. Your reply is kept.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Close ticket #%1 “%2”? You can still reply later: a reply opens it again.&lt;/source&gt;
        &lt;translation&gt;Close ticket #%1 “%2”? You can still reply later: a reply opens it again.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Closing…&lt;/source&gt;
        &lt;translation&gt;Closing…&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;UnpaidPane&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Load unpaid invoices&lt;/source&gt;
        &lt;translation&gt;&amp;Load unpaid invoices&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;unpaid-invoices.csv&lt;/source&gt;
        &lt;translation&gt;unpaid-invoices.csv&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;UpgradeDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Plan&lt;/source&gt;
        &lt;translation&gt;Plan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Description&lt;/source&gt;
        &lt;translation&gt;Description&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Price&lt;/source&gt;
        &lt;translation&gt;Price&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 (current plan)&lt;/source&gt;
        &lt;translation&gt;%1 (current plan)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Upgrade/Downgrade&lt;/source&gt;
        &lt;translation&gt;Upgrade/Downgrade&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Plans you can move to&lt;/source&gt;
        &lt;translation&gt;Plans you can move to&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Quote&lt;/source&gt;
        &lt;translation&gt;Quote&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Choose a plan to see what the change costs.&lt;/source&gt;
        &lt;translation&gt;Choose a plan to see what the change costs.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Open a &amp;ticket instead…&lt;/source&gt;
        &lt;translation&gt;Open a &amp;ticket instead…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Open a ticket instead&lt;/source&gt;
        &lt;translation&gt;Open a ticket instead&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ticket to your account executive&lt;/source&gt;
        &lt;translation&gt;Ticket to your account executive&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Department&lt;/source&gt;
        &lt;translation&gt;Department&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Subject&lt;/source&gt;
        &lt;translation&gt;Subject&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Message&lt;/source&gt;
        &lt;translation&gt;Message&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Send ticket&lt;/source&gt;
        &lt;translation&gt;&amp;Send ticket&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Send ticket&lt;/source&gt;
        &lt;translation&gt;Send ticket&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Confirm change…&lt;/source&gt;
        &lt;translation&gt;&amp;Confirm change…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Confirm change&lt;/source&gt;
        &lt;translation&gt;Confirm change&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Close&lt;/source&gt;
        &lt;translation&gt;Close&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This is the current plan.&lt;/source&gt;
        &lt;translation&gt;This is the current plan.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Asking the portal what this change costs…&lt;/source&gt;
        &lt;translation&gt;Asking the portal what this change costs…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Current plan&lt;/source&gt;
        &lt;translation&gt;Current plan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;New plan&lt;/source&gt;
        &lt;translation&gt;New plan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Already paid for this period&lt;/source&gt;
        &lt;translation&gt;Already paid for this period&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Difference to pay&lt;/source&gt;
        &lt;translation&gt;Difference to pay&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Tax (%1%)&lt;/source&gt;
        &lt;translation&gt;Tax (%1%)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Total to pay now&lt;/source&gt;
        &lt;translation&gt;Total to pay now&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;A downgrade is not refunded: there is nothing to pay now, and the new price applies from the next renewal (%1).&lt;/source&gt;
        &lt;translation&gt;A downgrade is not refunded: there is nothing to pay now, and the new price applies from the next renewal (%1).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;You pay only the difference between the new plan and what you already paid (%1 − %2 = %3). The next due date stays %4.&lt;/source&gt;
        &lt;translation&gt;You pay only the difference between the new plan and what you already paid (%1 − %2 = %3). The next due date stays %4.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Change %1 to %2? An invoice of %3 (taxes included) is created now for the difference, and the service&apos;s price becomes %4 from the next renewal.&lt;/source&gt;
        &lt;translation&gt;Change %1 to %2? An invoice of %3 (taxes included) is created now for the difference, and the service&apos;s price becomes %4 from the next renewal.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Change %1 to %2? There is nothing to pay now (%3) and nothing is refunded; the service&apos;s price becomes %4 from the next renewal.&lt;/source&gt;
        &lt;translation&gt;Change %1 to %2? There is nothing to pay now (%3) and nothing is refunded; the service&apos;s price becomes %4 from the next renewal.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Change plan&lt;/source&gt;
        &lt;translation&gt;Change plan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Changing the plan…&lt;/source&gt;
        &lt;translation&gt;Changing the plan…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Done: the service is now on %1. An invoice of %2 was created for the difference; pay it in Invoices.&lt;/source&gt;
        &lt;translation&gt;Done: the service is now on %1. An invoice of %2 was created for the difference; pay it in Invoices.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Done: the service is now on %1. There is nothing to pay (%2).&lt;/source&gt;
        &lt;translation&gt;Done: the service is now on %1. There is nothing to pay (%2).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Plan change: %1 to %2&lt;/source&gt;
        &lt;translation&gt;Plan change: %1 to %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;I would like to change my service %1 (%2) from %3 to %4. The client area says it cannot be done automatically.&lt;/source&gt;
        &lt;translation&gt;I would like to change my service %1 (%2) from %3 to %4. The client area says it cannot be done automatically.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Plan change: %1&lt;/source&gt;
        &lt;translation&gt;Plan change: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;I would like to change the plan of my service %1 (%2), now on %3. The client area says it cannot be done automatically.&lt;/source&gt;
        &lt;translation&gt;I would like to change the plan of my service %1 (%2), now on %3. The client area says it cannot be done automatically.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ticket #%1 was opened in %2. Your account executive will answer it there.&lt;/source&gt;
        &lt;translation&gt;Ticket #%1 was opened in %2. Your account executive will answer it there.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;UsersTab&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Owner&lt;/source&gt;
        &lt;translation&gt;Owner&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;User&lt;/source&gt;
        &lt;translation&gt;User&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;All permissions&lt;/source&gt;
        &lt;translation&gt;All permissions&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Name&lt;/source&gt;
        &lt;translation&gt;Name&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;E-mail&lt;/source&gt;
        &lt;translation&gt;E-mail&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Role&lt;/source&gt;
        &lt;translation&gt;Role&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Permissions&lt;/source&gt;
        &lt;translation&gt;Permissions&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Sent&lt;/source&gt;
        &lt;translation&gt;Sent&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;People with access&lt;/source&gt;
        &lt;translation&gt;People with access&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No invitations waiting.&lt;/source&gt;
        &lt;translation&gt;No invitations waiting.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Pending invitations&lt;/source&gt;
        &lt;translation&gt;Pending invitations&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Withdraw invitation…&lt;/source&gt;
        &lt;translation&gt;&amp;Withdraw invitation…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;In&amp;vite someone…&lt;/source&gt;
        &lt;translation&gt;In&amp;vite someone…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;E-mail address to invite&lt;/source&gt;
        &lt;translation&gt;E-mail address to invite&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;E-mail:&lt;/source&gt;
        &lt;translation&gt;&amp;E-mail:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Save permissions&lt;/source&gt;
        &lt;translation&gt;&amp;Save permissions&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Send i&amp;nvitation&lt;/source&gt;
        &lt;translation&gt;Send i&amp;nvitation&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cancel&lt;/source&gt;
        &lt;translation&gt;Cancel&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Remove access…&lt;/source&gt;
        &lt;translation&gt;&amp;Remove access…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading…&lt;/source&gt;
        &lt;translation&gt;Loading…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Choose an invitation first.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Invite someone</translation>
    </message>
    <message>
        <source>They get an e-mail with an invitation code; someone who already signs in to this portal gets access at once.</source>
        <translation>They get an e-mail with an invitation code; someone who already signs in to this portal gets access at once.</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>Invite someone&lt;/source&gt;
        &lt;translation&gt;Invite someone&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;They get an e-mail with an invitation code; someone who already signs in to this portal gets access at once.&lt;/source&gt;
        &lt;translation&gt;They get an e-mail with an invitation code; someone who already signs in to this portal gets access at once.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Choose a person in the list first.</translation>
    </message>
    <message>
        <source>The account owner holds every permission.</source>
        <translation>The account owner holds every permission.</translation>
    </message>
    <message>
        <source>Select a person to see what they may do, or invite someone.</source>
        <translation>Select a person to see what they may do, or invite someone.</translation>
    </message>
    <message>
        <source>%1 owns the account: the owner holds every permission and cannot be restricted or removed.</source>
        <translation>%1 owns the account: the owner holds every permission and cannot be restricted or removed.</translation>
    </message>
    <message>
        <source>What %1 may do on this account:</source>
        <translation>What %1 may do on this account:</translation>
    </message>
    <message>
        <source>Enter the e-mail address of the person.</source>
        <translation>Enter the e-mail address of the person.</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>Choose at least one permission.</translation>
    </message>
    <message>
        <source>Sending the invitation…</source>
        <translation>Sending the invitation…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>%1 (%2) will no longer reach this account: they stop seeing its services, invoices and tickets at once. To give access again you must invite them again.</source>
        <translation>%1 (%2) will no longer reach this account: they stop seeing its services, invoices and tickets at once. To give access again you must invite them again.</translation>
    </message>
    <message>
        <source>Remove access</source>
        <translation>Remove access</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Removing…</translation>
    </message>
    <message>
        <source>The invitation sent to %1 will stop working.</source>
        <translation>The invitation sent to %1 will stop working.</translation>
    </message>
    <message>
        <source>Withdraw invitation</source>
        <translation>Withdraw invitation</translation>
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
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Back to the account that is open (Esc)</source>
        <translation>Back to the account that is open (Esc)</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Two-factor sign-in</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Two-factor code</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
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
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the sign-in form (Esc)</source>
        <translation>Back to the sign-in form (Esc)</translation>
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
    <message>
        <source>Enter the 6-digit code from your authenticator app, or a recovery code.</source>
        <translation>Enter the 6-digit code from your authenticator app, or a recovery code.</translation>
    </message>
</context>
<context>
    <name>_CrossAccountPane</name>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Load</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xport to CSV…</translation>
    </message>
    <message>
        <source>Export this list to a CSV file</source>
        <translation>Export this list to a CSV file</translation>
    </message>
    <message>
        <source>Accounts answered</source>
        <translation>Accounts answered</translation>
    </message>
    <message>
        <source>%v of %m accounts</source>
        <translation>%v of %m accounts</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>List and detail</source>
        <translation>List and detail</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation>Shortcut: %1</translation>
    </message>
    <message>
        <source>Down arrow: more choices</source>
        <translation>Down arrow: more choices</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <source>Someone joins the account (welcome)</source>
        <translation>Someone joins the account (welcome)</translation>
    </message>
    <message>
        <source>The password is changed</source>
        <translation>The password is changed</translation>
    </message>
    <message>
        <source>An invoice is created</source>
        <translation>An invoice is created</translation>
    </message>
    <message>
        <source>The account details are edited</source>
        <translation>The account details are edited</translation>
    </message>
    <message>
        <source>An invoice is cancelled</source>
        <translation>An invoice is cancelled</translation>
    </message>
    <message>
        <source>An invoice is paid</source>
        <translation>An invoice is paid</translation>
    </message>
    <message>
        <source>A service is suspended</source>
        <translation>A service is suspended</translation>
    </message>
    <message>
        <source>A service is reactivated</source>
        <translation>A service is reactivated</translation>
    </message>
    <message>
        <source>A service is terminated</source>
        <translation>A service is terminated</translation>
    </message>
    <message>
        <source>A quote is available</source>
        <translation>A quote is available</translation>
    </message>
    <message>
        <source>A domain is deleted</source>
        <translation>A domain is deleted</translation>
    </message>
    <message>
        <source>Support answers a ticket</source>
        <translation>Support answers a ticket</translation>
    </message>
    <message>
        <source>Use the international format: + and the country code, e.g. +5491155550000.</source>
        <translation>Use the international format: + and the country code, e.g. +5491155550000.</translation>
    </message>
    <message>
        <source>Enter a WhatsApp number, or turn off the WhatsApp alerts.</source>
        <translation>Enter a WhatsApp number, or turn off the WhatsApp alerts.</translation>
    </message>
    <message>
        <source>This number is too long.</source>
        <translation>This number is too long.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Account details changed</source>
        <translation>Account details changed</translation>
    </message>
    <message>
        <source>Alert settings changed</source>
        <translation>Alert settings changed</translation>
    </message>
    <message>
        <source>Connected app revoked</source>
        <translation>Connected app revoked</translation>
    </message>
    <message>
        <source>Automatic debit changed</source>
        <translation>Automatic debit changed</translation>
    </message>
    <message>
        <source>Card added</source>
        <translation>Card added</translation>
    </message>
    <message>
        <source>Default card changed</source>
        <translation>Default card changed</translation>
    </message>
    <message>
        <source>Card removed</source>
        <translation>Card removed</translation>
    </message>
    <message>
        <source>Chat closed</source>
        <translation>Chat closed</translation>
    </message>
    <message>
        <source>Chat started</source>
        <translation>Chat started</translation>
    </message>
    <message>
        <source>Chat taken by an agent</source>
        <translation>Chat taken by an agent</translation>
    </message>
    <message>
        <source>Domain auto-renewal changed</source>
        <translation>Domain auto-renewal changed</translation>
    </message>
    <message>
        <source>Domain renewal invoiced</source>
        <translation>Domain renewal invoiced</translation>
    </message>
    <message>
        <source>Incident posted</source>
        <translation>Incident posted</translation>
    </message>
    <message>
        <source>Incident updated</source>
        <translation>Incident updated</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Order placed</translation>
    </message>
    <message>
        <source>Service cancellation requested</source>
        <translation>Service cancellation requested</translation>
    </message>
    <message>
        <source>Change of owner requested</source>
        <translation>Change of owner requested</translation>
    </message>
    <message>
        <source>Service plan changed</source>
        <translation>Service plan changed</translation>
    </message>
    <message>
        <source>Ticket status changed</source>
        <translation>Ticket status changed</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Contact added</translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation>Contact removed</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>Contact changed</translation>
    </message>
    <message>
        <source>Domain deleted</source>
        <translation>Domain deleted</translation>
    </message>
    <message>
        <source>Nameservers changed</source>
        <translation>Nameservers changed</translation>
    </message>
    <message>
        <source>Domain transfer out requested</source>
        <translation>Domain transfer out requested</translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation>Invitation accepted</translation>
    </message>
    <message>
        <source>Invitation withdrawn</source>
        <translation>Invitation withdrawn</translation>
    </message>
    <message>
        <source>Invoice cancelled</source>
        <translation>Invoice cancelled</translation>
    </message>
    <message>
        <source>Invoice paid</source>
        <translation>Invoice paid</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Quote accepted</source>
        <translation>Quote accepted</translation>
    </message>
    <message>
        <source>Quote declined</source>
        <translation>Quote declined</translation>
    </message>
    <message>
        <source>Quote sent</source>
        <translation>Quote sent</translation>
    </message>
    <message>
        <source>Service cancelled</source>
        <translation>Service cancelled</translation>
    </message>
    <message>
        <source>Service reactivated</source>
        <translation>Service reactivated</translation>
    </message>
    <message>
        <source>Service suspended</source>
        <translation>Service suspended</translation>
    </message>
    <message>
        <source>Service terminated</source>
        <translation>Service terminated</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Session ended</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Ticket answered</source>
        <translation>Ticket answered</translation>
    </message>
    <message>
        <source>Ticket closed</source>
        <translation>Ticket closed</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <translation>Ticket opened</translation>
    </message>
    <message>
        <source>Ticket replied</source>
        <translation>Ticket replied</translation>
    </message>
    <message>
        <source>Two-factor sign-in turned off</source>
        <translation>Two-factor sign-in turned off</translation>
    </message>
    <message>
        <source>Two-factor sign-in turned on</source>
        <translation>Two-factor sign-in turned on</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>User invited</source>
        <translation>User invited</translation>
    </message>
    <message>
        <source>User permissions changed</source>
        <translation>User permissions changed</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>User removed</translation>
    </message>
</context>
<context>
    <name>chat</name>
    <message>
        <source>This chat has ended. Start a new one to keep talking.</source>
        <translation>This chat has ended. Start a new one to keep talking.</translation>
    </message>
    <message>
        <source>The portal did not accept the message.</source>
        <translation>The portal did not accept the message.</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline since %1</translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <source>General e-mails</source>
        <translation>General e-mails</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Support tickets</translation>
    </message>
    <message>
        <source>Affiliates</source>
        <translation>Affiliates</translation>
    </message>
    <message>
        <source>Another contact of this account has this e-mail.</source>
        <translation>Another contact of this account has this e-mail.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>This is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Contact %1 added.</source>
        <translation>Contact %1 added.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nothing to save.</translation>
    </message>
    <message>
        <source>Contact %1 saved.</source>
        <translation>Contact %1 saved.</translation>
    </message>
    <message>
        <source>Contact %1 removed.</source>
        <translation>Contact %1 removed.</translation>
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
    <name>dashboard</name>
    <message>
        <source>This is not a valid domain name.</source>
        <translation>This is not a valid domain name.</translation>
    </message>
    <message>
        <source>Domains with this ending are not sold here.</source>
        <translation>Domains with this ending are not sold here.</translation>
    </message>
    <message>
        <source>This plan is not sold in this cycle.</source>
        <translation>This plan is not sold in this cycle.</translation>
    </message>
    <message>
        <source>This product is no longer sold.</source>
        <translation>This product is no longer sold.</translation>
    </message>
    <message>
        <source>Choose a product or a domain.</source>
        <translation>Choose a product or a domain.</translation>
    </message>
    <message>
        <source>Choose a billing cycle.</source>
        <translation>Choose a billing cycle.</translation>
    </message>
    <message>
        <source>This domain is not available: someone has it already.</source>
        <translation>This domain is not available: someone has it already.</translation>
    </message>
    <message>
        <source>%1 is already registered.</source>
        <translation>%1 is already registered.</translation>
    </message>
    <message>
        <source>%1 is reserved and cannot be registered.</source>
        <translation>%1 is reserved and cannot be registered.</translation>
    </message>
    <message>
        <source>Invoice %1 is overdue since %2</source>
        <translation>Invoice %1 is overdue since %2</translation>
    </message>
    <message numerus="yes">
        <source>Domain %1 expires in %n day(s)</source>
        <translation>
            <numerusform>Domain %1 expires in %n day</numerusform>
            <numerusform>Domain %1 expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket #%1 was answered: %2</source>
        <translation>Ticket #%1 was answered: %2</translation>
    </message>
    <message>
        <source>%1 is not available.</source>
        <translation>%1 is not available.</translation>
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
        <source>Not connected to the portal yet: nothing was sent. Try again when it is back.</source>
        <translation>Not connected to the portal yet: nothing was sent. Try again when it is back.</translation>
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
        <source>Your hosting company has disabled this sign-in. Contact them to use it again.</source>
        <translation>Your hosting company has disabled this sign-in. Contact them to use it again.</translation>
    </message>
    <message>
        <source>Your account uses two-factor authentication, which the app cannot check with your hosting company&apos;s billing system. Sign in to their web client area instead, or turn two-factor off there to use the app.</source>
        <translation>Your account uses two-factor authentication, which the app cannot check with your hosting company&apos;s billing system. Sign in to their web client area instead, or turn two-factor off there to use the app.</translation>
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
        <source>This is larger than the portal accepts. Send smaller or fewer files.</source>
        <translation>This is larger than the portal accepts. Send smaller or fewer files.</translation>
    </message>
    <message>
        <source>Your hosting company&apos;s billing system does not offer this in the app yet. Use their web client area for it.</source>
        <translation>Your hosting company&apos;s billing system does not offer this in the app yet. Use their web client area for it.</translation>
    </message>
    <message>
        <source>Your hosting company&apos;s billing system does not answer. Retry in a moment.</source>
        <translation>Your hosting company&apos;s billing system does not answer. Retry in a moment.</translation>
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
    <name>invoice status</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>local_cache</name>
    <message>
        <source>Saved data from %1 (%2); waiting for the portal</source>
        <translation>Saved data from %1 (%2); waiting for the portal</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <source>Welcome to your client area</source>
        <translation>Welcome to your client area</translation>
    </message>
    <message>
        <source>You now have access to the account {account}.</source>
        <translation>You now have access to the account {account}.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>The password of {name} was changed. If it was not you, tell us.</source>
        <translation>The password of {name} was changed. If it was not you, tell us.</translation>
    </message>
    <message>
        <source>New invoice {number}</source>
        <translation>New invoice {number}</translation>
    </message>
    <message>
        <source>Invoice {number} for {currency} {total}, due on {due_on}.</source>
        <translation>Invoice {number} for {currency} {total}, due on {due_on}.</translation>
    </message>
    <message>
        <source>Account details changed</source>
        <translation>Account details changed</translation>
    </message>
    <message>
        <source>The details of {account} were updated: {fields}.</source>
        <translation>The details of {account} were updated: {fields}.</translation>
    </message>
    <message>
        <source>Invoice {number} cancelled</source>
        <translation>Invoice {number} cancelled</translation>
    </message>
    <message>
        <source>Invoice {number} was cancelled.</source>
        <translation>Invoice {number} was cancelled.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Payment received</translation>
    </message>
    <message>
        <source>The payment of invoice {number} for {currency} {total} arrived.</source>
        <translation>The payment of invoice {number} for {currency} {total} arrived.</translation>
    </message>
    <message>
        <source>Service suspended</source>
        <translation>Service suspended</translation>
    </message>
    <message>
        <source>The service {product} {domain} was suspended.</source>
        <translation>The service {product} {domain} was suspended.</translation>
    </message>
    <message>
        <source>Service reactivated</source>
        <translation>Service reactivated</translation>
    </message>
    <message>
        <source>The service {product} {domain} is active again.</source>
        <translation>The service {product} {domain} is active again.</translation>
    </message>
    <message>
        <source>Service terminated</source>
        <translation>Service terminated</translation>
    </message>
    <message>
        <source>The service {product} {domain} was terminated.</source>
        <translation>The service {product} {domain} was terminated.</translation>
    </message>
    <message>
        <source>A quote is available</source>
        <translation>A quote is available</translation>
    </message>
    <message>
        <source>Quote {number} ({subject}) is available for you to review.</source>
        <translation>Quote {number} ({subject}) is available for you to review.</translation>
    </message>
    <message>
        <source>Domain deleted</source>
        <translation>Domain deleted</translation>
    </message>
    <message>
        <source>The domain {domain} was removed from your account.</source>
        <translation>The domain {domain} was removed from your account.</translation>
    </message>
    <message>
        <source>Ticket #{ticket} answered</source>
        <translation>Ticket #{ticket} answered</translation>
    </message>
    <message>
        <source>Support replied to your ticket “{subject}”.</source>
        <translation>Support replied to your ticket “{subject}”.</translation>
    </message>
</context>
<context>
    <name>security</name>
    <message>
        <source>Two-factor sign-in is already on.</source>
        <translation>Two-factor sign-in is already on.</translation>
    </message>
    <message>
        <source>Start the two-factor set-up again: the portal has no code waiting.</source>
        <translation>Start the two-factor set-up again: the portal has no code waiting.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is already off.</source>
        <translation>Two-factor sign-in is already off.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Enter the 6-digit code from your authenticator app.</translation>
    </message>
    <message>
        <source>That code is not valid. Enter the current code from your authenticator app, or one of your recovery codes.</source>
        <translation>That code is not valid. Enter the current code from your authenticator app, or one of your recovery codes.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>This is not your current password.</translation>
    </message>
    <message>
        <source>Use at least 10 characters.</source>
        <translation>Use at least 10 characters.</translation>
    </message>
    <message>
        <source>This code is not valid. Check the time on your phone and try the next one.</source>
        <translation>This code is not valid. Check the time on your phone and try the next one.</translation>
    </message>
    <message>
        <source>At least 10 characters. A few unrelated words are easier to remember and hard to guess. Changing it signs you out everywhere else.</source>
        <translation>At least 10 characters. A few unrelated words are easier to remember and hard to guess. Changing it signs you out everywhere else.</translation>
    </message>
    <message>
        <source>Password changed. Your other sessions were signed out.</source>
        <translation>Password changed. Your other sessions were signed out.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on.</source>
        <translation>Two-factor sign-in is on.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off.</source>
        <translation>Two-factor sign-in is off.</translation>
    </message>
    <message>
        <source>%1 no longer has access.</source>
        <translation>%1 no longer has access.</translation>
    </message>
    <message>
        <source>The session was ended.</source>
        <translation>The session was ended.</translation>
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
    <message>
        <source>Theme (system, light or dark)</source>
        <translation>Theme (system, light or dark)</translation>
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
<context>
    <name>tickets</name>
    <message>
        <source>Only png, jpg, pdf, txt, log and zip files can be attached.</source>
        <translation>Only png, jpg, pdf, txt, log and zip files can be attached.</translation>
    </message>
    <message>
        <source>Each file can be 2 MB at most.</source>
        <translation>Each file can be 2 MB at most.</translation>
    </message>
    <message>
        <source>The file&apos;s content does not match its type.</source>
        <translation>The file&apos;s content does not match its type.</translation>
    </message>
    <message>
        <source>The file could not be sent. Attach it again.</source>
        <translation>The file could not be sent. Attach it again.</translation>
    </message>
    <message>
        <source>Choose a department.</source>
        <translation>Choose a department.</translation>
    </message>
    <message>
        <source>This service is not of this account.</source>
        <translation>This service is not of this account.</translation>
    </message>
    <message>
        <source>At most 5 files per message.</source>
        <translation>At most 5 files per message.</translation>
    </message>
    <message>
        <source>%1: only png, jpg, pdf, txt, log and zip files can be attached.</source>
        <translation>%1: only png, jpg, pdf, txt, log and zip files can be attached.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: the file cannot be read.</translation>
    </message>
    <message>
        <source>%1: each file can be 2 MB at most.</source>
        <translation>%1: each file can be 2 MB at most.</translation>
    </message>
    <message>
        <source>At most %1 files per message.</source>
        <translation>At most %1 files per message.</translation>
    </message>
    <message>
        <source>The draft could not be saved on this computer: %1</source>
        <translation>The draft could not be saved on this computer: %1</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Some fields are not valid. Check the marked fields.</source>
        <translation>Some fields are not valid. Check the marked fields.</translation>
    </message>
    <message>
        <source>Some files cannot be attached.</source>
        <translation>Some files cannot be attached.</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <source>Account details and settings</source>
        <translation>Account details and settings</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>See services</source>
        <translation>See services</translation>
    </message>
    <message>
        <source>Manage services</source>
        <translation>Manage services</translation>
    </message>
    <message>
        <source>Single sign-on to services</source>
        <translation>Single sign-on to services</translation>
    </message>
    <message>
        <source>See domains</source>
        <translation>See domains</translation>
    </message>
    <message>
        <source>Manage domains</source>
        <translation>Manage domains</translation>
    </message>
    <message>
        <source>Invoices and payments</source>
        <translation>Invoices and payments</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Support tickets</translation>
    </message>
    <message>
        <source>Affiliates</source>
        <translation>Affiliates</translation>
    </message>
    <message>
        <source>E-mails received</source>
        <translation>E-mails received</translation>
    </message>
    <message>
        <source>Place orders</source>
        <translation>Place orders</translation>
    </message>
    <message>
        <source>Only the account owner manages users. Ask the owner to change who has access.</source>
        <translation>Only the account owner manages users. Ask the owner to change who has access.</translation>
    </message>
    <message>
        <source>The account owner holds every permission and cannot be restricted or removed.</source>
        <translation>The account owner holds every permission and cannot be restricted or removed.</translation>
    </message>
    <message>
        <source>This person already has access to the account.</source>
        <translation>This person already has access to the account.</translation>
    </message>
    <message>
        <source>An invitation to this address is already waiting to be accepted.</source>
        <translation>An invitation to this address is already waiting to be accepted.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>This is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>Choose at least one permission.</translation>
    </message>
    <message>
        <source>%1 already had an account here and now has access.</source>
        <translation>%1 already had an account here and now has access.</translation>
    </message>
    <message>
        <source>Invitation sent to %1. They get access when they accept it.</source>
        <translation>Invitation sent to %1. They get access when they accept it.</translation>
    </message>
    <message>
        <source>Permissions of %1 saved.</source>
        <translation>Permissions of %1 saved.</translation>
    </message>
    <message>
        <source>%1 no longer has access.</source>
        <translation>%1 no longer has access.</translation>
    </message>
    <message>
        <source>Invitation to %1 withdrawn.</source>
        <translation>Invitation to %1 withdrawn.</translation>
    </message>
</context>
</TS>
