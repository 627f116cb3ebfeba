/**
 * Demo data for Relay Cloud, as plain rows. Fixed values only (no random, no now()) so every database,
 * test and eval run sees the same accounts, invoices, calls and webhooks. Amounts are in cents.
 *
 * Invoices follow the plans: the monthly fee plus overage minutes (Starter 3¢, Growth 2¢, Scale 1¢), and
 * open invoices add up to each account's balance.
 */

type Row = readonly (string | number | null)[];

export const PRICING_COLUMNS = ['plan', 'monthly_cents', 'included_minutes', 'per_minute_cents', 'features'];
export const PRICING_ROWS: Row[] = [
  ['Starter', 2900, 500, 3, 'one local number; call logs kept 30 days; webhooks; email support'],
  [
    'Growth',
    9900,
    3000,
    2,
    'up to 10 numbers; call recording; call logs kept 1 year; webhooks with automatic retries; chat and email support',
  ],
  [
    'Scale',
    39900,
    15000,
    1,
    'unlimited numbers; SIP trunking; a 99.99% uptime SLA; SSO and audit logs; a dedicated success manager',
  ],
];

export const ACCOUNT_COLUMNS = ['id', 'name', 'company', 'email', 'plan', 'balance_cents'];
export const ACCOUNT_ROWS: Row[] = [
  ['ACC-1001', 'Maya Patel', 'Brightside Dental', 'maya.patel@brightsidedental.example', 'Growth', 0],
  ['ACC-1002', 'Tomás Herrera', 'Herrera Logistics', 'tomas@herreralogistics.example', 'Scale', 0],
  ['ACC-1003', 'Priya Nair', 'Nair Tutoring', 'priya@nairtutoring.example', 'Starter', 2900],
  ['ACC-1004', 'Jonah Fischer', 'Fischer & Co. Realty', 'jonah@fischerrealty.example', 'Growth', 10460],
  ['ACC-1005', 'Aisha Bello', 'Bello Catering', 'aisha@bellocatering.example', 'Starter', 0],
  ['ACC-1006', 'Daniel Kim', 'Kim Legal Partners', 'dkim@kimlegal.example', 'Scale', 0],
  ['ACC-1007', 'Sofia Rossi', 'Rossi Home Care', 'sofia@rossihomecare.example', 'Growth', 0],
  ['ACC-1008', "Liam O'Connor", "O'Connor Plumbing", 'liam@oconnorplumbing.example', 'Starter', 3450],
  ['ACC-1009', 'Hannah Weiss', 'Northwind Clinics', 'hannah.weiss@northwindclinics.example', 'Scale', 61240],
  ['ACC-1010', 'Ravi Shah', 'Shah Dev Studio', 'ravi@shahdev.example', 'Growth', 0],
];

/** Dashboard sign-ins: two accounts are locked out after failed attempts (the unlock path). */
export const LOGIN_COLUMNS = ['account_id', 'username', 'locked', 'failed_attempts'];
export const LOGIN_ROWS: (readonly (string | number | boolean)[])[] = [
  ['ACC-1001', 'maya.patel', false, 0],
  ['ACC-1002', 'tomas.herrera', false, 1],
  ['ACC-1003', 'priya.nair', true, 5],
  ['ACC-1004', 'jonah.fischer', false, 0],
  ['ACC-1005', 'aisha.bello', false, 0],
  ['ACC-1006', 'dkim', false, 0],
  ['ACC-1007', 'sofia.rossi', true, 6],
  ['ACC-1008', 'liam.oconnor', false, 2],
  ['ACC-1009', 'hannah.weiss', false, 0],
  ['ACC-1010', 'ravi.shah', false, 0],
];

export const INVOICE_COLUMNS = ['id', 'account_id', 'amount_cents', 'status', 'period', 'issued_on'];
export const INVOICE_ROWS: Row[] = [
  ['INV-2031', 'ACC-1001', 9900, 'paid', 'January 2025', '2025-02-01'],
  ['INV-2032', 'ACC-1002', 61240, 'paid', 'January 2025', '2025-02-01'],
  ['INV-2033', 'ACC-1003', 2900, 'paid', 'January 2025', '2025-02-01'],
  ['INV-2034', 'ACC-1004', 9900, 'paid', 'January 2025', '2025-02-01'],
  ['INV-2035', 'ACC-1006', 39900, 'paid', 'January 2025', '2025-02-01'],
  ['INV-2036', 'ACC-1009', 84510, 'paid', 'January 2025', '2025-02-01'],
  ['INV-2037', 'ACC-1005', 2900, 'refunded', 'January 2025', '2025-02-01'],
  ['INV-2038', 'ACC-1007', 9900, 'paid', 'January 2025', '2025-02-01'],
  ['INV-2039', 'ACC-1001', 11240, 'paid', 'February 2025', '2025-03-01'],
  ['INV-2040', 'ACC-1002', 84510, 'paid', 'February 2025', '2025-03-01'],
  ['INV-2041', 'ACC-1003', 4688, 'paid', 'February 2025', '2025-03-01'],
  ['INV-2042', 'ACC-1004', 9900, 'refunded', 'February 2025', '2025-03-01'],
  ['INV-2043', 'ACC-1006', 52380, 'paid', 'February 2025', '2025-03-01'],
  ['INV-2044', 'ACC-1008', 2900, 'paid', 'February 2025', '2025-03-01'],
  ['INV-2045', 'ACC-1009', 124000, 'paid', 'February 2025', '2025-03-01'],
  ['INV-2046', 'ACC-1010', 9900, 'paid', 'February 2025', '2025-03-01'],
  ['INV-2047', 'ACC-1001', 9900, 'paid', 'March 2025', '2025-04-01'],
  ['INV-2048', 'ACC-1002', 71850, 'paid', 'March 2025', '2025-04-01'],
  ['INV-2049', 'ACC-1003', 2900, 'open', 'March 2025', '2025-04-01'],
  ['INV-2050', 'ACC-1004', 10460, 'open', 'March 2025', '2025-04-01'],
  ['INV-2051', 'ACC-1007', 14320, 'refunded', 'March 2025', '2025-04-01'],
  ['INV-2052', 'ACC-1008', 3450, 'open', 'March 2025', '2025-04-01'],
  ['INV-2053', 'ACC-1009', 61240, 'open', 'March 2025', '2025-04-01'],
  ['INV-2054', 'ACC-1010', 10880, 'paid', 'March 2025', '2025-04-01'],
  ['INV-2055', 'ACC-1006', 39900, 'paid', 'March 2025', '2025-04-01'],
  ['INV-2056', 'ACC-1005', 2900, 'paid', 'March 2025', '2025-04-01'],
];

/** Refunds already on file for the invoices marked refunded above (invoice, cents, reason, created). */
export const REFUND_ROWS: readonly [string, number, string, string][] = [
  ['INV-2037', 2900, 'Charged after the account was cancelled', '2025-02-06T10:15:00Z'],
  ['INV-2042', 9900, 'Duplicate charge on the card', '2025-03-04T16:40:00Z'],
  ['INV-2051', 14320, 'Billed on Growth after a downgrade request', '2025-04-03T09:05:00Z'],
];

/**
 * Orders of extras (orderTools.ts): one complete (its numbers are live), one still being set up (it can be
 * changed or cancelled). New orders follow them, from ORD-0003.
 */
export const ORDER_ROWS: readonly [string, string, number, string, string][] = [
  ['ACC-1001', 'numbers', 3, 'completed', '2025-04-02T14:20:00Z'],
  ['ACC-1010', 'seats', 4, 'pending', '2025-04-14T09:30:00Z'],
];

export const CALL_LOG_COLUMNS = [
  'id',
  'account_id',
  'from_number',
  'to_number',
  'started_at',
  'duration_s',
  'status',
  'error_code',
];
export const CALL_LOG_ROWS: Row[] = [
  ['CALL-50101', 'ACC-1001', '+14155550101', '+14155550188', '2025-04-02T14:05:00Z', 312, 'completed', null],
  ['CALL-50102', 'ACC-1001', '+14155550101', '+442079460123', '2025-04-02T15:10:00Z', 0, 'failed', 'SIP-403'],
  ['CALL-50103', 'ACC-1002', '+14155550102', '+13125550147', '2025-04-03T09:00:00Z', 845, 'completed', null],
  ['CALL-50104', 'ACC-1002', '+14155550102', '+13125550162', '2025-04-03T09:30:00Z', 0, 'failed', 'SIP-503'],
  ['CALL-50105', 'ACC-1002', '+14155550102', '+13125550162', '2025-04-03T09:31:00Z', 0, 'failed', 'SIP-503'],
  ['CALL-50106', 'ACC-1003', '+14155550103', '+16465550110', '2025-04-03T17:45:00Z', 0, 'failed', 'RC-2101'],
  [
    'CALL-50107',
    'ACC-1004',
    '+14155550104',
    '+12065550133',
    '2025-04-04T10:12:00Z',
    127,
    'dropped',
    'RC-4410',
  ],
  ['CALL-50108', 'ACC-1004', '+14155550104', '+12065550171', '2025-04-04T10:20:00Z', 0, 'failed', 'SIP-486'],
  ['CALL-50109', 'ACC-1005', '+14155550105', '+17185550199', '2025-04-04T11:00:00Z', 65, 'completed', null],
  ['CALL-50110', 'ACC-1006', '+14155550106', '+12125550140', '2025-04-05T08:15:00Z', 1320, 'completed', null],
  ['CALL-50111', 'ACC-1006', '+14155550106', '+12125550000', '2025-04-05T08:50:00Z', 0, 'failed', 'SIP-404'],
  ['CALL-50112', 'ACC-1007', '+14155550107', '+15035550124', '2025-04-05T13:02:00Z', 0, 'failed', 'RC-3004'],
  ['CALL-50113', 'ACC-1007', '+14155550107', '+15035550124', '2025-04-05T13:40:00Z', 410, 'completed', null],
  ['CALL-50114', 'ACC-1008', '+14155550108', '+16175550156', '2025-04-06T07:55:00Z', 0, 'failed', 'SIP-480'],
  [
    'CALL-50115',
    'ACC-1008',
    '+14155550108',
    '+16175550156',
    '2025-04-06T08:05:00Z',
    38,
    'dropped',
    'RC-4410',
  ],
  ['CALL-50116', 'ACC-1009', '+14155550109', '+14695550117', '2025-04-06T16:20:00Z', 2210, 'completed', null],
  [
    'CALL-50117',
    'ACC-1009',
    '+14155550109',
    'sip:frontdesk@pbx.northwindclinics.example',
    '2025-04-06T16:45:00Z',
    0,
    'failed',
    'SIP-408',
  ],
  [
    'CALL-50118',
    'ACC-1009',
    '+14155550109',
    '+14695550131',
    '2025-04-07T09:05:00Z',
    95,
    'dropped',
    'RC-4410',
  ],
  ['CALL-50119', 'ACC-1010', '+14155550110', '+19175550102', '2025-04-07T12:00:00Z', 540, 'completed', null],
  ['CALL-50120', 'ACC-1010', '+14155550110', '+19175550177', '2025-04-07T12:30:00Z', 0, 'failed', 'SIP-603'],
  ['CALL-50121', 'ACC-1001', '+14155550101', '+14155550188', '2025-04-08T10:00:00Z', 201, 'completed', null],
  ['CALL-50122', 'ACC-1003', '+14155550103', '+16465550110', '2025-04-08T10:30:00Z', 0, 'failed', 'RC-2101'],
  [
    'CALL-50123',
    'ACC-1009',
    '+14155550109',
    'sip:lab@pbx.northwindclinics.example',
    '2025-04-08T11:15:00Z',
    0,
    'failed',
    'SIP-488',
  ],
  ['CALL-50124', 'ACC-1005', '+14155550105', '+17185550143', '2025-04-09T15:20:00Z', 188, 'completed', null],
];

export const WEBHOOK_COLUMNS = ['id', 'account_id', 'url', 'last_status', 'last_error', 'last_delivery_at'];
export const WEBHOOK_ROWS: Row[] = [
  [
    'WH-301',
    'ACC-1001',
    'https://hooks.brightsidedental.example/relay/calls',
    200,
    null,
    '2025-04-08T10:03:22Z',
  ],
  [
    'WH-302',
    'ACC-1002',
    'https://api.herreralogistics.example/webhooks/relay',
    500,
    'HTTP 500 Internal Server Error',
    '2025-04-03T09:31:04Z',
  ],
  [
    'WH-303',
    'ACC-1004',
    'https://crm.fischerrealty.example/relay',
    401,
    'HTTP 401 Unauthorized: invalid signature',
    '2025-04-04T10:20:09Z',
  ],
  [
    'WH-304',
    'ACC-1006',
    'https://kimlegal.example/hooks/calls',
    null,
    'Timed out after 10000 ms waiting for a response',
    '2025-04-05T08:50:11Z',
  ],
  [
    'WH-305',
    'ACC-1007',
    'https://rossihomecare.example/relay/webhook',
    null,
    'TLS handshake failed: certificate has expired',
    '2025-04-05T13:40:02Z',
  ],
  [
    'WH-306',
    'ACC-1009',
    'https://ops.northwindclinics.example/relay',
    404,
    'HTTP 404 Not Found',
    '2025-04-07T09:05:40Z',
  ],
  [
    'WH-307',
    'ACC-1010',
    'https://shahdev.example/api/relay-events',
    502,
    'HTTP 502 Bad Gateway',
    '2025-04-07T12:30:05Z',
  ],
  [
    'WH-308',
    'ACC-1003',
    'https://nairtutoring.example/hooks',
    429,
    'HTTP 429 Too Many Requests',
    '2025-04-08T10:30:02Z',
  ],
  ['WH-309', 'ACC-1005', 'https://bellocatering.example/api/relay', 204, null, '2025-04-09T15:23:10Z'],
  [
    'WH-310',
    'ACC-1009',
    'https://northwindclinics.example/hooks/relay-recordings',
    200,
    null,
    '2025-04-07T09:06:02Z',
  ],
];
