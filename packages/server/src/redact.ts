/**
 * The URL with every password in it replaced, safe to print. It reads the text rather than parsing
 * it, so a malformed URL (`postgres:/u:pw@host/db`, `u:pw@host/db`, a password holding `@`, `/` or
 * `#`) is redacted too: everything between the user's colon and the last `@` counts as password,
 * and so does the value of any `password` or `sslpassword` parameter.
 */
export function redactUrl(url: string): string {
  return redactUserinfo(redactParameters(url));
}

/** Free text with the password of every URL and every password parameter in it replaced. */
export function redactSecrets(text: string): string {
  return redactParameters(text).replace(/[^\s'"`<>()]+/g, redactUserinfo);
}

// `?password=…`, `&sslpassword=…`, or `password=…` of a keyword/value string; the key may be percent-encoded.
const PARAMETER = /(^|[?&;\s])([\w%.-]+)=('(?:[^'\\]|\\.)*'|[^&\s]*)/g;

function redactParameters(text: string): string {
  return text.replace(PARAMETER, (match, before: string, key: string) =>
    /password$/i.test(safeDecode(key)) ? `${before}${key}=***` : match,
  );
}

// A scheme is only taken as one when it is postgres(ql) or followed by a slash: in `u:pw@host`, `u:` is the user.
const SCHEME = /^(?:postgres(?:ql)?:\/*|[a-z][\w+.-]*:\/+)/i;
const USERINFO = /^([^:@]*):(.*)@/s;

function redactUserinfo(token: string): string {
  const prefix = SCHEME.exec(token)?.[0] ?? '';
  const rest = token.slice(prefix.length).replace(USERINFO, (match, user: string, password: string) =>
    password === '' || password === '***' ? match : `${user}:***@`,
  );
  return prefix + rest;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
