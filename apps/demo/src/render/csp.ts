/**
 * The Content-Security-Policy of the site, in one place: the build writes it into every page (`<meta>`, minus
 * the directives a meta element cannot carry) and into `_headers` (Netlify, Cloudflare Pages and the local
 * server in scripts/serve.mjs read that file).
 */

/** Trusted Types policies the page may create: Lit's (`lit-html`). The site's own code uses no HTML sinks. */
export const TRUSTED_TYPES_POLICIES = ['lit-html'];

const DIRECTIVES: [string, string, boolean][] = [
  // [directive, value, allowed in <meta>]
  ['default-src', "'self'", true],
  ['script-src', "'self'", true],
  ['style-src', "'self'", true],
  ['img-src', "'self'", true],
  ['font-src', "'self'", true],
  ['connect-src', "'self'", true],
  ['object-src', "'none'", true],
  ['base-uri', "'none'", true],
  ['form-action', "'self'", true],
  ['frame-ancestors', "'none'", false],
  ['require-trusted-types-for', "'script'", true],
  ['trusted-types', TRUSTED_TYPES_POLICIES.join(' '), true],
];

export function cspHeader(): string {
  return DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');
}

export function cspMeta(): string {
  return DIRECTIVES.filter(([, , meta]) => meta).map(([k, v]) => `${k} ${v}`).join('; ');
}

/** `_headers` for static hosts that read it (Netlify, Cloudflare Pages); scripts/serve.mjs applies it too. */
export function headersFile(base: string): string {
  return [
    `${base}*`,
    `  Content-Security-Policy: ${cspHeader()}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Cross-Origin-Opener-Policy: same-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    `${base}assets/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    `${base}cdn/*`,
    '  Access-Control-Allow-Origin: *',
    '  Cross-Origin-Resource-Policy: cross-origin',
    '',
  ].join('\n');
}
