/**
 * A URL safe to print in a message or a log, for every URL the library prints (the database's, a
 * model endpoint's). By default it keeps what helps a reader find the place (user name, host, path,
 * query) and masks the password, in the user info and as a `password` query parameter; text that is
 * not a URL (libpq's `key=value` form) gets anything that looks like a password masked.
 * `locationOnly` keeps only where the URL points: no user info, query or fragment (proxies in front of
 * model APIs carry keys in any of them).
 */
export function redactUrl(value: string, options: { locationOnly?: boolean } = {}): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return value.replace(/([^\s:/@]+):[^\s@]*@/g, '$1:***@').replace(/(password\s*=\s*)\S+/gi, '$1***');
  }
  if (options.locationOnly) {
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.toString().replace(/\/+$/, '');
  }
  if (url.password) url.password = '***';
  if (url.searchParams.has('password')) url.searchParams.set('password', '***');
  return url.toString();
}
