import type { GraphSpec } from '../../src/authoring.ts';
import { supportContext } from './context.ts';
import { BILLING_EXAMPLES, SALES_EXAMPLES, TECH_SUPPORT_EXAMPLES, TRIAGE_EXAMPLES } from './examples.ts';
import {
  BILLING_INSTRUCTIONS,
  SALES_INSTRUCTIONS,
  STYLE_GUIDE,
  TECH_INSTRUCTIONS,
  TRIAGE_INSTRUCTIONS,
} from './instructions.ts';
import { supportSetupSql } from './setup.ts';
import { billingTools, salesTools, techTools } from './tools.ts';

/**
 * Relay Cloud support: Triage in front of Billing, TechSupport and Sales. Specialists hand back to
 * Triage when the topic leaves their area and escalate to the built-in Human node; Triage only routes.
 *
 * `responses` drive the offline model. Tool templates use fields every successful result of that tool
 * carries; every result (including `found: false` ones) also has a ready-to-say `message`.
 */
export const supportGraph: GraphSpec<typeof supportContext> = {
  name: 'support',
  businessNames: ['Relay Cloud'],
  description: 'Relay Cloud customer support: triage in front of billing, technical support and sales.',
  entry: 'Triage',
  // Hybrid threshold from held-out data (docs/routing.md): the lowest at which routing.jsonl's held-out
  // folds, holdout.jsonl and eval/dev.jsonl each reached 0.98 precision (0.51 with the word-vector
  // router), plus a 0.05 margin.
  routing: { threshold: 0.56 },
  styleGuide: STYLE_GUIDE,
  context: supportContext,
  setupSql: supportSetupSql,
  agents: [
    {
      name: 'Triage',
      handoffDescription:
        'Front desk: greets the caller and finds out what they need, for new or unclear topics outside your area.',
      instructions: TRIAGE_INSTRUCTIONS,
      handoffs: ['Billing', 'TechSupport', 'Sales', 'Human'],
      examples: TRIAGE_EXAMPLES,
      responses: {
        greeting: 'Hi, thanks for calling Relay Cloud. What can I help you with today?',
        fallback:
          'I can help with billing and refunds, calls, webhooks and signing in to your account, or buying and changing plans. What do you need today?',
      },
    },
    {
      name: 'Billing',
      handoffDescription:
        'Billing for existing accounts: invoices, charges, balances, payments and payment methods, refunds, switching an account to another plan, cancelling a subscription and closing a paid account.',
      instructions: BILLING_INSTRUCTIONS,
      tools: billingTools,
      handoffs: ['Triage', 'Human'],
      examples: BILLING_EXAMPLES,
      responses: {
        greeting:
          "I can help with that. What's the invoice number, or your account ID if you don't have it handy?",
        askFor: {
          invoiceId: "What's the invoice number? It starts with INV, like INV-2041.",
          accountId: "What's your account ID? It starts with ACC, like ACC-1001.",
          reason: 'Of course. Can you tell me briefly why you would like the refund?',
          plan: 'Which plan would you like to move to: Starter, Growth or Scale?',
        },
        tools: {
          lookup_invoice: '{message}',
          issue_refund: '{message} Your reference is {refundId}.',
          change_plan:
            'Done: account {accountId} is now on {toPlan} at {monthlyPrice} a month, prorated on your next invoice.',
          close_account: '{message}',
        },
        // "refund the overage part, not the whole invoice": how much, before the read-back (it read back
        // the whole invoice: forms/partOfTheWhole.ts).
        clarify: {
          amount: {
            when: '\\b(?:some|part|half|a (?:portion|bit)) of (?:it|the|that|what)\\b|\\bpartial\\b|\\b(?:the|just the|only the) \\w+ (?:part|bit|portion)\\b|\\bnot (?:all|the (?:whole|full)) (?:of )?(?:it|the)\\b',
            ask: 'How much of it should I refund? Tell me the amount in dollars, like 13.40.',
          },
        },
        // Every change is read back in one line and made only on a yes (docs/dialogue.md): a refund
        // or a plan change the customer takes back before it runs changes nothing.
        confirm: {
          issue_refund: [
            // The amount when one was named ("just the overage, $13.40"); else the whole invoice.
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a read-back placeholder after "$"
            'a refund of ${amount} on invoice {invoiceId} to the card on file',
            // Else what the invoice has left to refund, when it was looked up in this conversation.
            'a refund of {lookup_invoice.refundable?} on invoice {invoiceId} to the card on file',
            'a refund on invoice {invoiceId} to the card on file',
          ],
          change_plan: 'move your account to the {plan} plan',
          close_account: 'close account {accountId} and stop its subscription',
        },
        // Asked in the middle of the read-back as often as before it (close_account says what is due).
        answers: [
          {
            about: [
              'cancellation fee',
              'cancel fee',
              'termination fee',
              'penalty',
              'fee for closing',
              'fee for cancelling',
              'fee to close',
              'fee to cancel',
              'charge for closing',
              'charge for cancelling',
            ],
            say: "There's no fee for closing an account or cancelling the subscription: it stops at once, and only invoices already issued stay due.",
          },
        ],
        fallback:
          'I can look up an invoice, issue a refund, change your plan or close your account. What would you like to do?',
      },
    },
    {
      name: 'TechSupport',
      handoffDescription:
        'Technical support: failed, dropped or poor-quality calls, error codes, phone numbers, call logs, webhooks and the API; account access: logging in, forgotten passwords, locked accounts, sign-up and verification problems, profile, users and account settings.',
      instructions: TECH_INSTRUCTIONS,
      tools: techTools,
      handoffs: ['Triage', 'Human'],
      examples: TECH_SUPPORT_EXAMPLES,
      responses: {
        greeting: "Sorry you're running into trouble. Do you have a call or webhook ID, or your account ID?",
        askFor: {
          callId: "What's the call ID? You'll find it in the call log; it looks like CALL-50111.",
          webhookId: "What's the webhook ID? It's on the webhooks page and looks like WH-303.",
          accountId: "What's your account ID? It starts with ACC, like ACC-1001.",
        },
        tools: {
          fetch_call_log: 'Call {callId} on {startedAt} {status}. {explanation} {fix}',
          run_webhook_diagnostic: 'I checked webhook {webhookId} at {url}. {diagnosis} {fix}',
          send_password_reset: '{message}',
          unlock_account: '{message}',
        },
        fallback:
          'I can check failed calls or a webhook that is not delivering, or get you back into your account. Which one is giving you trouble?',
      },
    },
    {
      name: 'Sales',
      handoffDescription:
        'Sales: buying and ordering: new accounts and sign-ups, extra numbers, seats and minutes, and orders already placed (where an order is, changing or cancelling it), plan prices and features, choosing or comparing plans, quotes and product demos.',
      instructions: SALES_INSTRUCTIONS,
      tools: salesTools,
      handoffs: ['Triage', 'Human'],
      examples: SALES_EXAMPLES,
      responses: {
        greeting:
          'Happy to help you find the right plan. Roughly how many numbers and call minutes do you need?',
        askFor: {
          plan: 'Which plan are you interested in: Starter, Growth or Scale?',
          name: 'Who should the demo invite be for?',
          email: 'What email address should I send the invite to?',
          company: "What's the name of your company?",
          date: 'Which day suits you for the demo?',
          item: 'What would you like to order: numbers, seats or minutes?',
          quantity: 'How many would you like?',
          accountId: "What's your account ID? It starts with ACC, like ACC-1001.",
          orderId: "What's the order reference? It starts with ORD, like ORD-0002.",
        },
        tools: {
          lookup_pricing: '{summary} I can also set up a short demo if that helps.',
          book_demo:
            "You're all set, {name}: your demo is on {day}. The reference is {reference}, and the invite goes to {email}.",
          place_order: '{message}',
          check_order_status: '{message}',
          change_order_quantity: '{message}',
          cancel_order: '{message}',
        },
        // Read back before booking or ordering (docs/dialogue.md).
        confirm: {
          book_demo: 'a demo on {date} for {name}, invite to {email}',
          place_order: 'an order of {quantity} {item}',
          change_order_quantity: [
            'change order {orderId} to {quantity} in all',
            'change your latest order to {quantity} in all',
          ],
          cancel_order: ['cancel order {orderId}', 'cancel your latest order'],
        },
        fallback:
          'I can walk you through our plans and prices, take or check an order, or book a demo. What would help most?',
      },
    },
  ],
};
