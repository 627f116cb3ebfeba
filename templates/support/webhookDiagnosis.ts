/**
 * Turns a webhook's last delivery (HTTP status or transport error) into a plain explanation and a fix.
 * Order matters: transport failures (no status) are classified from the error text first, then by status.
 */
export type WebhookCategory =
  | 'healthy'
  | 'never_delivered'
  | 'auth'
  | 'not_found'
  | 'rate_limited'
  | 'client_error'
  | 'server_error'
  | 'timeout'
  | 'tls'
  | 'connection';

export type WebhookDiagnosis = {
  category: WebhookCategory;
  healthy: boolean;
  diagnosis: string;
  fix: string;
};

export function diagnoseWebhook(lastStatus: number | null, lastError: string | null): WebhookDiagnosis {
  const error = (lastError ?? '').toLowerCase();
  if (lastStatus === null) {
    if (/tls|ssl|certificate|handshake/.test(error)) {
      return failing(
        'tls',
        'Our secure connection to your server failed, so the event was never delivered.',
        'Renew or fix the certificate on that host (it must be valid and include the full chain), then resend the event from the dashboard.',
      );
    }
    if (/timed? ?out|timeout/.test(error)) {
      return failing(
        'timeout',
        'Your server took longer than 10 seconds to answer, so we gave up on the delivery.',
        'Reply with a 200 right away and do the slow work in the background; we retry failed deliveries for 24 hours.',
      );
    }
    if (/refused|dns|enotfound|econn|unreachable/.test(error)) {
      return failing(
        'connection',
        "We couldn't reach your server at all.",
        'Check that the hostname resolves and that the server accepts HTTPS from the internet.',
      );
    }
    if (error === '') {
      return {
        category: 'never_delivered',
        healthy: true,
        diagnosis: 'No events have been sent to this webhook yet.',
        fix: 'Trigger a test event from the dashboard to check it end to end.',
      };
    }
    return failing(
      'connection',
      `The last delivery failed: ${lastError}.`,
      'Check that the endpoint is up and reachable over HTTPS.',
    );
  }
  if (lastStatus >= 200 && lastStatus < 300) {
    return {
      category: 'healthy',
      healthy: true,
      diagnosis: `The last delivery succeeded (HTTP ${lastStatus}).`,
      fix: 'Nothing to fix; if events seem missing, check the event types the webhook is subscribed to.',
    };
  }
  if (lastStatus === 401 || lastStatus === 403) {
    return failing(
      'auth',
      `Your server rejected our request as unauthorized (HTTP ${lastStatus}), usually because the signature check failed.`,
      'Verify the X-Relay-Signature header with the current signing secret from the dashboard (it changes when rotated) and allow our requests through any auth layer.',
    );
  }
  if (lastStatus === 404 || lastStatus === 410) {
    return failing(
      'not_found',
      `The webhook URL doesn't exist on your server (HTTP ${lastStatus}).`,
      'Check the path for typos or a changed route and update the URL in the dashboard.',
    );
  }
  if (lastStatus === 429) {
    return failing(
      'rate_limited',
      'Your server is rate-limiting our deliveries (HTTP 429).',
      'Raise the rate limit for our IP ranges; we retry with backoff, but events arrive late until then.',
    );
  }
  if (lastStatus >= 400 && lastStatus < 500) {
    return failing(
      'client_error',
      `Your server refused the request (HTTP ${lastStatus}).`,
      'Check that the endpoint accepts POST requests with a JSON body.',
    );
  }
  return failing(
    'server_error',
    `Your server hit an error while handling the event (HTTP ${lastStatus}).`,
    lastStatus === 502 || lastStatus === 503 || lastStatus === 504
      ? 'A proxy or load balancer in front of your app could not reach it; check that the app is running behind it.'
      : "Check your application's error logs at the delivery time; we retry failed deliveries for 24 hours.",
  );
}

function failing(category: WebhookCategory, diagnosis: string, fix: string): WebhookDiagnosis {
  return { category, healthy: false, diagnosis, fix };
}
