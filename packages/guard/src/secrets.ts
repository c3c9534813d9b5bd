/**
 * Secret detectors: one pattern per credential format with a known prefix or shape, plus
 * entropy only where a keyword names a secret. Patterns are written here (not secretlint's
 * rules) so every kind the issue lists is covered by one linear pass per pattern.
 *
 * Tricky rule: a finding never carries the secret in its message; `redacted` (first 4
 * characters and the length) is for people, `secret` only for masking and is never printed.
 */
import type { Finding } from '@quality/kit/findings';
import { fingerprint } from '@quality/kit/findings';
import { LineIndex } from './lines.js';

export interface SecretFinding extends Finding {
  fingerprint: string;
  /** First 4 characters and the length, safe to print. */
  redacted: string;
  /** The secret itself, for `::add-mask::` only. Never rendered. */
  secret: string;
}

export type SecretKind =
  | 'aws-access-key-id'
  | 'aws-secret-access-key'
  | 'github-token'
  | 'github-fine-grained-token'
  | 'gitlab-token'
  | 'slack-token'
  | 'slack-webhook'
  | 'stripe-live-key'
  | 'google-api-key'
  | 'npm-token'
  | 'private-key'
  | 'jwt'
  | 'connection-string'
  | 'generic-secret';

interface Detector {
  kind: SecretKind;
  label: string;
  /** Global regex; group 1 (or the whole match) is the secret. */
  re: RegExp;
  /** Literal text (lowercase) one of which every match contains: the regex runs only when one is present. */
  needles: string[];
  /** Extra validation on the secret (and the whole match). */
  check?: (secret: string, match: RegExpExecArray) => boolean;
}

// Boundaries without \b so that '-' and '_' inside tokens count as token characters.
const B = '(?<![A-Za-z0-9_\\-])';
const E = '(?![A-Za-z0-9_\\-])';

const DETECTORS: Detector[] = [
  {
    kind: 'aws-access-key-id',
    needles: ['akia', 'asia', 'abia', 'acca'],
    label: 'AWS access key id',
    re: new RegExp(`${B}((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})${E}`, 'g'),
  },
  {
    kind: 'aws-secret-access-key',
    needles: ['access'],
    label: 'AWS secret access key',
    re: /secret_?access_?key["']?\s*[:=]>?\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
    check: (s) => /[0-9]/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s),
  },
  {
    kind: 'github-token',
    needles: ['gh'],
    label: 'GitHub token',
    re: new RegExp(`${B}(gh[pousr]_[A-Za-z0-9]{36})${E}`, 'g'),
  },
  {
    kind: 'github-fine-grained-token',
    needles: ['github_pat_'],
    label: 'GitHub fine-grained token',
    re: new RegExp(`${B}(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})${E}`, 'g'),
  },
  {
    kind: 'gitlab-token',
    needles: ['gl'],
    label: 'GitLab token',
    re: new RegExp(`${B}((?:glpat|gldt|glrt|glptt|glcbt)-[A-Za-z0-9_\\-]{20,64})${E}`, 'g'),
  },
  {
    kind: 'slack-token',
    needles: ['xox'],
    label: 'Slack token',
    re: new RegExp(`${B}(xox[abposr]-[0-9]{8,13}-[A-Za-z0-9\\-]{8,100})${E}`, 'g'),
  },
  {
    kind: 'slack-webhook',
    needles: ['hooks.slack.com'],
    label: 'Slack webhook URL',
    re: /(https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24})(?![A-Za-z0-9])/g,
  },
  {
    kind: 'stripe-live-key',
    needles: ['_live_'],
    label: 'Stripe live secret key',
    re: new RegExp(`${B}((?:sk|rk)_live_[A-Za-z0-9]{24,99})${E}`, 'g'),
  },
  {
    kind: 'google-api-key',
    needles: ['aiza'],
    label: 'Google API key',
    re: new RegExp(`${B}(AIza[A-Za-z0-9_\\-]{35})${E}`, 'g'),
  },
  { kind: 'npm-token', needles: ['npm_'], label: 'npm token', re: new RegExp(`${B}(npm_[A-Za-z0-9]{36})${E}`, 'g') },
  {
    kind: 'jwt',
    needles: ['eyj'],
    label: 'JSON Web Token',
    re: new RegExp(`${B}(eyJ[A-Za-z0-9_\\-]{8,2000}\\.eyJ[A-Za-z0-9_\\-]{8,8000}\\.[A-Za-z0-9_\\-]{16,2000})${E}`, 'g'),
    check: (s) => {
      const [h, p] = s.split('.');
      const header = decodeJson(h!);
      return !!header && typeof header.alg === 'string' && !!decodeJson(p!);
    },
  },
  {
    kind: 'connection-string',
    needles: ['://'],
    label: 'password in a connection string',
    re: /(?<![A-Za-z0-9+.-])(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|jdbc:[a-z]+|ftp|smtp)s?:\/\/[^:/\s@'"`]{1,256}:([^@\s'"`/]{3,256})@[A-Za-z0-9[]/g,
  },
];

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const PLACEHOLDER =
  /example|x{4,}|X{4,}|\*{3,}|your[_-]|placeholder|changeme|change[_-]me|redacted|dummy|sample|replace[_-]?me|<[^>]*>|\$\{|\{\{|%s|^\$[A-Za-z_]/i;
const AWS_DOC_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

/** Known examples and placeholders: not findings. */
export function isPlaceholder(secret: string): boolean {
  if (secret === AWS_DOC_SECRET || PLACEHOLDER.test(secret)) return true;
  // Low diversity ("aaaaaaaa…", "0000…", "abcabc…") is a placeholder, not a credential.
  const body = secret.replace(/^[a-z]{2,6}[_-](?:live_|pat_)?/, '');
  return new Set(body).size < 6;
}

/** Connection-string passwords that are documentation, not credentials. */
const PLACEHOLDER_PASSWORDS =
  /^(?:pass(?:word)?|passwd|pwd|secret|admin|root|test|guest|user|postgres|mysql|pw|\$[A-Za-z_]\w*|:\w+|\{[^}]*\}|%\(?\w*\)?s)$/i;

export function redact(secret: string): string {
  return `${secret.slice(0, 4)}… (${secret.length} characters)`;
}

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

const KEYWORD =
  /secret|token|passw(?:or)?d|pwd|api[_-]?key|apikey|access[_-]?key|private[_-]?key|credential|auth[_-]?key/gi;
/**
 * Every detector's needles (as they are spelled) and every keyword (in any case: dbPassWord): a
 * file matching none of SECRET_TRIGGERS has no finding of `findSecrets`, so a whole-repository
 * scan skips its content checks.
 */
const DETECTOR_NEEDLES: readonly string[] = [
  ...['AKIA', 'ASIA', 'ABIA', 'ACCA'],
  ...[...'pousr'].map((c) => `gh${c}_`),
  'github_pat_',
  ...['pat', 'dt', 'rt', 'ptt', 'cbt'].map((s) => `gl${s}-`),
  ...[...'abposr'].map((c) => `xox${c}-`),
  ...['hooks.slack', '_live_', 'AIza', 'npm_', 'eyJ', '://', 'PRIVATE KEY'],
];
const escapeRe = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyCase = (w: string) =>
  [...w].map((ch) => (/[a-z]/i.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : escapeRe(ch))).join('');
/** A regular expression source matching any needle or keyword (keywords in any case). */
export const SECRET_TRIGGERS = [
  ...DETECTOR_NEEDLES.map(escapeRe),
  ...['access', 'secret', 'token', 'passw', 'pwd', 'key', 'credential'].map(anyCase),
].join('|');
const ANY_NEEDLE = new RegExp(SECRET_TRIGGERS);
const KEYWORD_NEEDLES = ['secret', 'token', 'passw', 'pwd', 'key', 'credential'];
const IDENT = /[A-Za-z0-9_.\-]/;
const VALUE = /[A-Za-z0-9+/_\-=.~]/;
const QUOTED_VALUE = /[^\s"'`\\$]/;

/** Files whose keyword-looking values are hashes, not secrets. */
const LOCKFILES =
  /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock|Cargo\.lock|poetry\.lock|uv\.lock|Pipfile\.lock|composer\.lock|Gemfile\.lock|go\.sum|flake\.lock|packages\.lock\.json)$/;

function* keywordSecrets(src: string): Generator<{ secret: string; index: number }> {
  KEYWORD.lastIndex = 0;
  for (let m = KEYWORD.exec(src); m; m = KEYWORD.exec(src)) {
    // Manual scanning from the keyword: rest of the name, a quote, ':' / '=' / ':=' / '=>', a quote, the value.
    let i = m.index + m[0].length;
    const n = src.length;
    while (i < n && IDENT.test(src[i]!)) i++;
    if (src[i] === '"' || src[i] === "'") i++;
    while (src[i] === ' ' || src[i] === '\t') i++;
    if (src[i] === ':' && src[i + 1] === '=') i += 2;
    else if (src[i] === '=' && src[i + 1] === '>') i += 2;
    else if (src[i] === ':' || src[i] === '=') i++;
    else continue;
    while (src[i] === ' ' || src[i] === '\t') i++;
    const quote = src[i] === '"' || src[i] === "'" || src[i] === '`' ? src[i] : undefined;
    if (quote) i++;
    const start = i;
    const valueChar = quote ? QUOTED_VALUE : VALUE;
    while (i < n && i - start <= 200 && valueChar.test(src[i]!)) i++;
    const end = src[i];
    const closed = quote ? end === quote : end === undefined || /[\s,;)}\]#]/.test(end);
    if (!closed) continue;
    KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, i);
    yield { secret: src.slice(start, i), index: start };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function looksRandom(v: string): boolean {
  if (v.length < 16 || v.length > 200) return false;
  if (/^[0-9a-f]{40}$/i.test(v) || UUID.test(v) || /^sha(?:1|256|384|512)-/.test(v)) return false;
  if (!/[0-9]/.test(v) || !/[A-Za-z]/.test(v)) return false;
  // Dotted names (secrets.NPM_TOKEN, process.env.X) and paths are references, not values.
  if (/^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+$/.test(v) || /^[a-z0-9_.-]+(?:\/[a-z0-9_.-]+){2,}$/.test(v)) return false;
  return entropy(v) >= (v.length < 24 ? 3.5 : 4);
}

export interface SecretScanOptions {
  /** Also report high-entropy values next to a keyword naming a secret (default true). */
  entropy?: boolean;
}

/** Find credentials in one file's text. `path` is repository-relative. */
export function findSecrets(path: string, src: string, opts: SecretScanOptions = {}): SecretFinding[] {
  const out: SecretFinding[] = [];
  // One pass decides whether any detector can match: most files stop here.
  if (!ANY_NEEDLE.test(src)) return [];
  let lines: LineIndex | undefined;
  const lower = src.toLowerCase();
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);
  const add = (kind: SecretKind, label: string, secret: string, index: number) => {
    if (overlaps(index, index + secret.length)) return;
    taken.push([index, index + secret.length]);
    const { line, column } = (lines ??= new LineIndex(src)).position(index);
    const redacted = redact(secret);
    const f: Finding = {
      tool: 'guard',
      rule: `secret/${kind}`,
      severity: 'error',
      path,
      line,
      column,
      message: `${label[0]!.toUpperCase()}${label.slice(1)} found: ${redacted}.`,
      fix: 'Revoke it now (it is in the history once pushed), then read it from a secret store or environment variable.',
    };
    // The fingerprint hashes the secret with the path and rule, so moving the line keeps it.
    out.push({ ...f, fingerprint: fingerprint(f, secret), redacted, secret });
  };

  for (const d of DETECTORS) {
    if (!d.needles.some((n) => lower.includes(n))) continue;
    d.re.lastIndex = 0;
    for (let m = d.re.exec(src); m; m = d.re.exec(src)) {
      const secret = m[1] ?? m[0];
      const index = m.index + m[0].lastIndexOf(secret);
      if (
        d.kind === 'connection-string'
          ? PLACEHOLDER_PASSWORDS.test(secret) || PLACEHOLDER.test(secret)
          : isPlaceholder(secret)
      )
        continue;
      if (d.check && !d.check(secret, m)) continue;
      add(d.kind, d.label, secret, index);
    }
  }
  if (src.includes('PRIVATE KEY'))
    for (const { secret, index } of privateKeys(src)) add('private-key', 'private key', secret, index);
  if (opts.entropy !== false && !LOCKFILES.test(path) && KEYWORD_NEEDLES.some((n) => lower.includes(n))) {
    for (const { secret, index } of keywordSecrets(src)) {
      if (looksRandom(secret) && !isPlaceholder(secret))
        add('generic-secret', 'high-entropy value assigned to a secret name', secret, index);
    }
  }
  return out.sort((a, b) => a.line! - b.line! || a.column! - b.column!);
}

const PEM_BEGIN = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/g;

/** PEM private keys with a real body (at least 64 base64 characters before the END line). */
function* privateKeys(src: string): Generator<{ secret: string; index: number }> {
  PEM_BEGIN.lastIndex = 0;
  for (let m = PEM_BEGIN.exec(src); m; m = PEM_BEGIN.exec(src)) {
    const endMarker = `-----END ${m[1]}-----`;
    const end = src.indexOf(endMarker, m.index);
    if (end < 0 || end - m.index > 64 * 1024) continue;
    const body = src.slice(m.index + m[0].length, end);
    // Escaped newlines (a key inside a JSON string) count as line breaks.
    const b64 = body.replace(/^[A-Za-z-]+:.*$/gm, '').replace(/\\[nr]|[\s"',+]/g, '');
    if (b64.length < 64 || !/^[A-Za-z0-9+/=]+$/.test(b64) || new Set(b64).size < 16) continue;
    PEM_BEGIN.lastIndex = end + endMarker.length;
    yield { secret: src.slice(m.index, end + endMarker.length), index: m.index };
  }
}
