<?php
/**
 * Clientdesk: WHMCS's events, posted to the Clientdesk portal, which alerts the customer
 * (WhatsApp, e-mail, the desktop app) as they chose.
 *
 * Install: copy this file into <whmcs>/includes/hooks/ and set, in <whmcs>/configuration.php
 * (or as environment variables of PHP):
 *
 *     define('CLIENTDESK_EVENTS_URL', 'https://clientes.example.com/api/v1/whmcs/events');
 *     define('CLIENTDESK_EVENTS_SECRET', 'the same long random text as the portal's
 *                                         CLIENTDESK_WHMCS_EVENTS_SECRET');
 *
 * Every event is one POST of a JSON body, signed with HMAC-SHA256 over "<timestamp>.<body>"
 * with the shared secret:
 *
 *     X-Clientdesk-Timestamp: <unix seconds>
 *     X-Clientdesk-Signature: sha256=<hex digest>
 *
 * The portal refuses a wrong signature and a timestamp more than five minutes off. Only ids and
 * field names leave WHMCS: never a password (UserChangePassword and ClientAdd carry the new
 * one), two-factor data, admin notes or a ticket's text; the portal reads what it shows from
 * WHMCS's API. A portal that does not answer in 3 seconds never holds WHMCS up: the failure is
 * written to WHMCS's activity log and WHMCS carries on.
 *
 * The hooks and their variables are those of WHMCS's hooks reference (developers.whmcs.com,
 * "Hooks Reference": Client, User, Invoices and Quotes, Module, Domain, Ticket).
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

const CLIENTDESK_EVENTS_TIMEOUT_SECONDS = 3;

function clientdesk_events_setting($name)
{
    if (defined($name)) {
        return (string) constant($name);
    }
    $value = getenv($name);
    return $value === false ? '' : (string) $value;
}

function clientdesk_events_log($message)
{
    if (function_exists('logActivity')) {
        logActivity('Clientdesk events: ' . $message);
    } else {
        error_log('Clientdesk events: ' . $message);
    }
}

/** The signature the portal checks: hex HMAC-SHA256 of "<timestamp>.<body>". */
function clientdesk_events_sign($secret, $timestamp, $body)
{
    return hash_hmac('sha256', $timestamp . '.' . $body, $secret);
}

/** Post one event; true when the portal accepted it. Never throws. */
function clientdesk_events_send($event, $hook, array $data)
{
    try {
        $url = clientdesk_events_setting('CLIENTDESK_EVENTS_URL');
        $secret = clientdesk_events_setting('CLIENTDESK_EVENTS_SECRET');
        if ($url === '' || $secret === '') {
            clientdesk_events_log("$hook: CLIENTDESK_EVENTS_URL or CLIENTDESK_EVENTS_SECRET is not set");
            return false;
        }
        $body = json_encode(
            [
                'id' => bin2hex(random_bytes(16)),
                'event' => $event,
                'whmcs_hook' => $hook,
                'occurred_at' => gmdate('Y-m-d\TH:i:s\Z'),
                'data' => $data,
            ],
            JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
        );
        $timestamp = (string) time();
        $context = stream_context_create([
            'http' => [
                'method' => 'POST',
                'header' => implode("\r\n", [
                    'Content-Type: application/json',
                    'X-Clientdesk-Timestamp: ' . $timestamp,
                    'X-Clientdesk-Signature: sha256=' . clientdesk_events_sign($secret, $timestamp, $body),
                ]),
                'content' => $body,
                'timeout' => CLIENTDESK_EVENTS_TIMEOUT_SECONDS,
                'ignore_errors' => true,
                'follow_location' => 0,
            ],
        ]);
        $answer = @file_get_contents($url, false, $context);
        $status = 0;
        foreach (isset($http_response_header) ? $http_response_header : [] as $line) {
            if (preg_match('#^HTTP/\S+\s+(\d{3})#', $line, $found)) {
                $status = (int) $found[1];
            }
        }
        if ($answer === false || $status < 200 || $status >= 300) {
            clientdesk_events_log("$hook: the portal did not accept the event (HTTP $status)");
            return false;
        }
        return true;
    } catch (\Throwable $exc) {
        clientdesk_events_log("$hook: " . get_class($exc));
        return false;
    }
}

function clientdesk_events_int(array $vars, $key)
{
    return isset($vars[$key]) ? (int) $vars[$key] : 0;
}

// The customer's own fields whose change the portal announces (names only, never values).
const CLIENTDESK_EVENTS_CLIENT_FIELDS = [
    'firstname', 'lastname', 'companyname', 'email', 'address1', 'address2', 'city', 'state',
    'postcode', 'country', 'phonenumber', 'tax_id', 'language', 'currency',
];

function clientdesk_events_changed_fields(array $vars)
{
    $before = isset($vars['olddata']) && is_array($vars['olddata']) ? $vars['olddata'] : [];
    $changed = [];
    foreach (CLIENTDESK_EVENTS_CLIENT_FIELDS as $field) {
        if (array_key_exists($field, $vars) && array_key_exists($field, $before)
            && (string) $vars[$field] !== (string) $before[$field]) {
            $changed[] = $field;
        }
    }
    return $changed;
}

function clientdesk_events_service(array $vars)
{
    $params = isset($vars['params']) && is_array($vars['params']) ? $vars['params'] : [];
    return [
        'service_id' => clientdesk_events_int($params, 'serviceid'),
        'client_id' => clientdesk_events_int($params, 'userid'),
    ];
}

// ---- the seed's eleven events and "ticket answered" ----------------------------------------

add_hook('ClientAdd', 1, function ($vars) {
    // client_id since WHMCS 8 (userid is its deprecated name); the new password is not sent
    $client = clientdesk_events_int($vars, 'client_id') ?: clientdesk_events_int($vars, 'userid');
    clientdesk_events_send('client_added', 'ClientAdd', [
        'client_id' => $client,
        'user_id' => clientdesk_events_int($vars, 'user_id'),
    ]);
});

add_hook('UserChangePassword', 1, function ($vars) {
    clientdesk_events_send('password_changed', 'UserChangePassword', [
        'user_id' => clientdesk_events_int($vars, 'userid'),
    ]);
});

add_hook('ClientEdit', 1, function ($vars) {
    $fields = clientdesk_events_changed_fields($vars);
    if (!$fields) {
        return; // only admin-side fields changed (notes, status, ...): nothing to tell
    }
    clientdesk_events_send('client_details_edited', 'ClientEdit', [
        'client_id' => clientdesk_events_int($vars, 'userid'),
        'fields' => $fields,
    ]);
});

add_hook('InvoiceCreated', 1, function ($vars) {
    clientdesk_events_send('invoice_created', 'InvoiceCreated', [
        'invoice_id' => clientdesk_events_int($vars, 'invoiceid'),
    ]);
});

add_hook('InvoiceCancelled', 1, function ($vars) {
    clientdesk_events_send('invoice_cancelled', 'InvoiceCancelled', [
        'invoice_id' => clientdesk_events_int($vars, 'invoiceid'),
    ]);
});

add_hook('InvoicePaid', 1, function ($vars) {
    clientdesk_events_send('invoice_paid', 'InvoicePaid', [
        'invoice_id' => clientdesk_events_int($vars, 'invoiceid'),
    ]);
});

add_hook('AfterModuleSuspend', 1, function ($vars) {
    clientdesk_events_send('service_suspended', 'AfterModuleSuspend', clientdesk_events_service($vars));
});

add_hook('AfterModuleUnsuspend', 1, function ($vars) {
    clientdesk_events_send('service_reactivated', 'AfterModuleUnsuspend', clientdesk_events_service($vars));
});

add_hook('AfterModuleTerminate', 1, function ($vars) {
    clientdesk_events_send('service_terminated', 'AfterModuleTerminate', clientdesk_events_service($vars));
});

add_hook('QuoteCreated', 1, function ($vars) {
    clientdesk_events_send('quote_available', 'QuoteCreated', [
        'quote_id' => clientdesk_events_int($vars, 'quoteid'),
    ]);
});

add_hook('DomainDelete', 1, function ($vars) {
    clientdesk_events_send('domain_deleted', 'DomainDelete', [
        'client_id' => clientdesk_events_int($vars, 'userid'),
        'domain_id' => clientdesk_events_int($vars, 'domainid'),
    ]);
});

add_hook('TicketAdminReply', 1, function ($vars) {
    // the reply's text stays in WHMCS: the portal reads it with GetTicket for the customer
    clientdesk_events_send('ticket_answered', 'TicketAdminReply', [
        'ticket_id' => clientdesk_events_int($vars, 'ticketid'),
        'reply_id' => clientdesk_events_int($vars, 'replyid'),
    ]);
});
