/**
 * Secret detection shared by the CC6.7 rules (DF002, K8S004-K8S006, HV004, SEC001, SEC002):
 *
 * - secret-looking *names* (`DB_PASSWORD`, `apiKey`, `clientSecret`), with the descriptors that turn
 *   them into something else (`PASSWORD_FILE`, `TOKEN_URL`, `passwordKey`, `existingSecret`);
 * - *literal* values, as opposed to references and placeholders (`$VAR`, `${VAR}`, `$(VAR)`,
 *   `{{ .Values.x }}`, `<your-token>`, `ENC[...]`, `vault:...`, masks like `XXXX`, file paths) and
 *   configuration (option lists such as `jwt,priv-key=/k.pem,ttl=10m`, token mechanisms such as `simple`);
 * - known credential *formats* (AWS key ids, private keys, GitHub/GitLab/Slack/Stripe/... tokens),
 *   one literal-led pattern per format over the whole text (faster than one combined alternation);
 * - credentials in URLs (`scheme://user:password@host`).
 *
 * Everything here is our own table; secretlint was evaluated and not adopted (docs/decisions.md).
 * All patterns are compiled once at load; scans use `matchAll`, which works on a copy of the regex,
 * so no call leaves state behind.
 */

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

/**
 * `env`: environment variables, ConfigMap keys, Dockerfile ARG/ENV (`AWS_SECRET_KEY` is a credential).
 * `values`: Helm values keys, where chart conventions make `fooSecretKey` the name of a key inside an
 * existing Secret and `fooSecret` the name of a Secret object.
 */
export type SecretNameStyle = 'env' | 'values';

/**
 * `secret`: the name says the value is a secret.
 * `auth`: the name ends in a bare `auth` (`REDIS_AUTH`, `tls.client.auth`), which holds a secret or
 * an authentication *mode* (`none`, `required`); `isLiteralSecretValue` tells them apart.
 */
export type SecretNameKind = 'secret' | 'auth';

/** Words that name a secret on their own. */
const SECRET_WORDS = new Set([
  'password', 'passwords', 'passwd', 'passphrase', 'secret', 'secrets', 'token', 'tokens',
  'credential', 'credentials', 'cred', 'creds', 'apikey', 'apikeys', 'htpasswd', 'salt',
]);
/** Words that are secret only next to another word (`DB_PASS`, `MYSQL_PWD`, `GH_PAT`); alone they mean other things (`PWD` is the working directory). */
const SECRET_WORDS_IN_COMPOUND = new Set(['pass', 'pwd', 'pat']);
/** Glued forms: `rootpassword`, `clientsecret`, `oauthtoken`. */
const SECRET_SUFFIXES = ['password', 'passwords', 'passwd', 'passphrase', 'secret', 'secrets', 'token', 'tokens', 'credentials', 'credential'];
/** `<qualifier> key` is a secret (`API_KEY`, `privateKey`, `accountkey`); a bare `key` or `GPG_KEY` is not. */
const KEY_QUALIFIERS = new Set([
  'api', 'private', 'access', 'secret', 'auth', 'encryption', 'encrypt', 'decryption', 'signing', 'sign', 'master',
  'license', 'licence', 'client', 'shared', 'ssh', 'deploy', 'hmac', 'jwt', 'app', 'application', 'account',
  'storage', 'session', 'cookie', 'admin', 'root', 'unseal', 'recovery', 'webhook', 'write', 'crypto', 'aes',
  'primary', 'secondary', 'nonce', 'service',
]);
/**
 * Words that, after the secret word, say the value is *about* the secret, not the secret itself:
 * `PASSWORD_FILE`, `TOKEN_URL`, `SECRET_NAME`, `AWS_ACCESS_KEY_ID`, `PASSWORD_MIN_LENGTH`,
 * `passwordKey` (the key of a Secret holding it), `secrets.yaml` (a file name).
 */
const DESCRIPTORS = new Set([
  'file', 'files', 'filename', 'filepath', 'path', 'paths', 'dir', 'directory', 'folder', 'location', 'url', 'urls', 'uri', 'uris',
  'endpoint', 'endpoints', 'host', 'hostname', 'server', 'port', 'name', 'names', 'ref', 'refs', 'reference', 'id', 'ids',
  'key', 'keys', 'length', 'len', 'size', 'bits', 'min', 'max', 'minimum', 'maximum', 'count', 'ttl', 'expiry', 'expires',
  'expiration', 'expire', 'lifetime', 'timeout', 'duration', 'age', 'interval', 'period', 'validity', 'type', 'types', 'kind',
  'method', 'methods', 'mode', 'modes', 'format', 'encoding', 'enabled', 'enable', 'disabled', 'disable', 'required', 'require',
  'optional', 'policy', 'policies', 'rotation', 'rotate', 'header', 'headers', 'field', 'fields', 'prefix', 'suffix', 'template',
  'provider', 'providers', 'mount', 'mountpath', 'volume', 'volumes', 'source', 'sources', 'store', 'manager', 'backend',
  'generator', 'reset', 'change', 'validation', 'validator', 'complexity', 'strength', 'regex', 'pattern', 'retries',
  'attempts', 'hint', 'label', 'labels', 'annotation', 'annotations', 'audience', 'issuer', 'scope', 'scopes', 'algorithm',
  'algorithms', 'alg', 'algo', 'env', 'var', 'vars', 'variable', 'variables', 'config', 'configs', 'version', 'namespace', 'selector',
  'class', 'usage', 'check', 'checks', 'command', 'cmd', 'script', 'helper', 'program', 'prompt', 'request', 'review', 'projection',
  'user', 'username', 'fingerprint', 'cache', 'hash', 'seconds', 'secs', 'minutes', 'hours', 'days', 'ms', 'chars', 'characters',
  'digits', 'lowercase', 'uppercase', 'special', 'history', 'reuse', 'expired', 'generation', 'length', 'flag', 'flags',
  // file extensions: a key named `secrets.yaml` or `token.json` is a file, judged by its content
  'yaml', 'yml', 'json', 'txt', 'conf', 'cfg', 'properties', 'xml', 'ini', 'toml', 'pem', 'crt', 'cer', 'der', 'jks', 'p12',
  'pfx', 'sh', 'py', 'js', 'rb', 'php', 'lua', 'tpl', 'gpg', 'asc', 'enc', 'sops', 'tmpl', 'md',
]);
/** A word just before the secret word that makes the name a reference: `existingSecret`, `useSecret`, `secretKeyRef`'s friends. */
const REFERENCE_PREFIXES = new Set(['existing', 'use', 'uses', 'create', 'external', 'sealed', 'from', 'mount', 'auto', 'automount', 'allow', 'force', 'require', 'generate', 'random', 'skip', 'no']);
/** Secret-looking names that are not secrets, by convention of the software that reads them. */
const KNOWN_NOT_SECRET = new Set([
  // etcd's initial-cluster-token only keeps clusters from cross-talk during bootstrap
  'initial cluster token', 'etcd initial cluster token',
]);

/**
 * Splits a name into lower-case words: `DB_PASSWORD` -> [db, password], `mariadbRootPassword` ->
 * [mariadb, root, password], `x-api-key` -> [x, api, key], `OAuth2Token` -> [o, auth, token].
 * Trailing digits are dropped (`PASSWORD2` is a password).
 */
export function nameWords(name: string): string[] {
  const out: string[] = [];
  const spaced = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').toLowerCase();
  for (const part of spaced.split(/[^a-z0-9]+/)) {
    const word = part.replace(/\d+$/, '');
    if (word && !/^\d/.test(word)) out.push(word);
  }
  return out;
}

interface TermHit {
  start: number;
  end: number;
  /** `auth` alone (see SecretNameKind). */
  auth: boolean;
  /** The term is `secret key` (matters for the Helm values conventions). */
  secretKey: boolean;
}

function termAt(words: readonly string[], i: number): TermHit | undefined {
  const w = words[i]!;
  const plain: TermHit = { start: i, end: i, auth: false, secretKey: false };
  if (SECRET_WORDS.has(w)) return plain;
  if (SECRET_WORDS_IN_COMPOUND.has(w) && words.length > 1) return plain;
  if (w === 'key' && i > 0 && KEY_QUALIFIERS.has(words[i - 1]!)) return { start: i - 1, end: i, auth: false, secretKey: words[i - 1] === 'secret' };
  if (w.length > 3 && w.endsWith('key') && KEY_QUALIFIERS.has(w.slice(0, -3))) return { ...plain, secretKey: w === 'secretkey' };
  if (SECRET_SUFFIXES.some((s) => w.length > s.length && w.endsWith(s))) return plain;
  if (w === 'auth' && i === words.length - 1) return { ...plain, auth: true };
  return undefined;
}

/**
 * Whether a name says its value is a secret. See `SecretNameKind` for `auth`.
 * `PASSWORD_FILE`, `TOKEN_URL`, `AWS_ACCESS_KEY_ID`, `GPG_KEY`, `AUTHOR`, `existingSecret`,
 * `passwordKey`, `PWD` and `AUTH_METHOD` are not secret names.
 */
export function secretNameKind(name: string, style: SecretNameStyle = 'env'): SecretNameKind | undefined {
  const words = nameWords(name);
  if (words.length === 0 || KNOWN_NOT_SECRET.has(words.join(' '))) return undefined;
  // The last secret term decides: `SECRET_KEY_BASE` is a secret, `PASSWORD_RESET_URL` is a URL.
  let hit: TermHit | undefined;
  for (let i = words.length - 1; i >= 0 && !hit; i--) hit = termAt(words, i);
  if (!hit) return undefined;
  for (let i = hit.end + 1; i < words.length; i++) if (DESCRIPTORS.has(words[i]!)) return undefined;
  if (hit.start > 0 && REFERENCE_PREFIXES.has(words[hit.start - 1]!)) return undefined;
  // Chart convention: `adminPasswordSecretKey` / `rootUserSecretKey` name a key inside an existing
  // Secret. (`fooSecret` naming a Secret object is decided on the value, in `isLiteralSecret`.)
  if (style === 'values' && hit.secretKey && hit.start > 0 && hit.end === words.length - 1) return undefined;
  return hit.auth ? 'auth' : 'secret';
}

/** True when `secretNameKind` classifies the name at all. */
export function isSecretName(name: string, style: SecretNameStyle = 'env'): boolean {
  return secretNameKind(name, style) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Values: literal or reference
// ---------------------------------------------------------------------------------------------

/** Prefixes of references to an external secret store or an encrypted value. */
const EXTERNAL_REFERENCE = /^(?:ENC\[|ref\+|vault:|op:\/\/|arn:aws[a-z-]*:(?:secretsmanager|ssm):|(?:sm|awssm|gcpsm|azkv|secret|secrets|akv|bws|doppler|infisical):\/\/|projects\/[^/\s]+\/secrets\/)/i;

/**
 * Reference and template syntaxes, removed before deciding whether anything literal is left.
 * `${VAR:-default}` keeps its default: a literal fallback is a literal. Every repetition before a
 * closing literal is bounded, so a pathological value cannot make the scan quadratic while typing.
 */
const REFERENCES = /\{\{[\s\S]{0,256}?\}\}|\$\{[A-Za-z_][A-Za-z0-9_.-]{0,64}(?:(:?[-=+])([^}]{0,256})|:?\?[^}]{0,256})?\}|\$\([A-Za-z_][A-Za-z0-9_]*\)|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]{0,64}%|%(?:\([A-Za-z_][A-Za-z0-9_]*\))?[sdvq]|#\{[^}]{0,128}\}|__[A-Za-z][A-Za-z0-9_]{0,64}__|@[A-Z][A-Z0-9_]{0,64}@|<[^<>\s][^<>]{0,128}>|-----(?:BEGIN|END) [A-Z0-9 ]+-----|\.\.\.|\u2026/g;

/** Masks and redactions (`XXXXXXXX`, `****`) and upper-case fill-in markers (`INSERT_ETCD_TOKEN`, `YOUR_API_KEY`, `CHANGE_ME`). */
const MASK = /^(?:[xX*\u2022._-]{3,}|(?:INSERT|REPLACE|YOUR|ENTER|PUT|FILL|ADD)_[A-Z0-9_]+|(?:CHANGE|REPLACE)_?ME)$/;
const NOT_A_VALUE = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'null', 'nil', 'none', '~', 'undefined']);
/** Authentication modes, the usual values of a bare `auth` key (`tls.client.auth: none`). */
const AUTH_MODES = new Set([
  'none', 'required', 'require', 'optional', 'want', 'need', 'true', 'false', 'enabled', 'disabled', 'basic', 'digest', 'bearer',
  'md5', 'trust', 'password', 'scram-sha-256', 'ldap', 'oauth', 'oauth2', 'oidc', 'jwt', 'tls', 'mtls', 'cert', 'certificate',
  'kerberos', 'anonymous', 'token', 'internal', 'external', 'default', 'iam', 'sasl', 'plain', 'public', 'private',
]);

/**
 * True when a value is only references, template expressions, a placeholder, a mask or a
 * reference to an external secret store: nothing secret is written in the file.
 */
export function isPlaceholderOrReference(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (EXTERNAL_REFERENCE.test(v) || MASK.test(v)) return true;
  const rest = v.replace(REFERENCES, (_m, _op: string | undefined, fallback: string | undefined) => fallback ?? '');
  return !/[A-Za-z0-9]/.test(rest);
}

/**
 * A file path (`/run/secrets/db`, `./key.pem`, `file:///x`) or a file name (`thanos.yaml`, the key of
 * a Secret holding the real value): a pointer to the secret, not the secret.
 */
export function isPathLike(value: string): boolean {
  const v = value.trim();
  return /^(?:\/|~\/|\.\.?\/|file:\/\/)\S*$/.test(v) || /^[\w.-]+\.(?:ya?ml|json|txt|pem|key|crt|cer|conf|cfg|properties|jks|p12|pfx|env|ini|toml|xml)$/i.test(v);
}

/**
 * Token mechanisms: the value of a setting that selects *how* tokens work (etcd's
 * `ETCD_AUTH_TOKEN=simple` or `jwt`), under any secret-looking name. Words nobody uses as a
 * credential, unlike `password` or `ldap`, which stay literal secrets outside `auth` names.
 */
const TOKEN_MECHANISMS = new Set(['simple', 'jwt', 'bearer', 'basic', 'digest', 'oauth', 'oauth2', 'oidc', 'saml', 'opaque']);

/** Option names that hold a secret even alone, inside an option list (`pass=`, `key=`). */
const BARE_SECRET_OPTIONS = new Set(['pass', 'pwd', 'pw', 'key', 'pat', 'auth', 'sig', 'signature']);

/**
 * A list of options rather than a credential: comma-separated items, each a lower-case word (a mode,
 * `jwt`) or `option=value` with a lower-case option name, at least one of them an option, as in
 * etcd's `jwt,priv-key=/certs/key.pem,sign-method=RS256,ttl=10m`. An option whose own name is
 * secret-looking and holds a literal (`user=a,password=b`) keeps the whole value a secret.
 */
export function isOptionList(value: string): boolean {
  const items = value.trim().split(',').map((item) => item.trim());
  if (items.length < 2) return false;
  let options = 0;
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq < 0) {
      if (!/^[a-z][a-z0-9-]{0,31}$/.test(item)) return false;
      continue;
    }
    const option = item.slice(0, eq);
    if (!/^[a-z][a-z0-9_.-]{0,63}$/.test(option)) return false;
    // Short option names are secret on their own here (`user=a,pass=b`), unlike in variable names.
    const kind = BARE_SECRET_OPTIONS.has(option) ? 'secret' : secretNameKind(option);
    if (kind !== undefined && isLiteralSecretValue(item.slice(eq + 1), kind, option)) return false;
    options++;
  }
  return options > 0;
}

/**
 * A token mechanism word (`simple`, `jwt`, `basic`) is configuration under a token or auth name
 * (`ETCD_AUTH_TOKEN=simple`, `AUTH_TYPE`), but a weak credential under a password or key name
 * (`DB_PASSWORD=basic`). Without a name (a caller that has none) the word counts as configuration.
 */
function namesMechanism(name: string | undefined): boolean {
  if (name === undefined) return true;
  const words = nameWords(name);
  return words.some((w) => w === 'token' || w === 'auth' || w === 'authentication') && !words.some((w) => w === 'password' || w === 'passwd' || w === 'pass' || w === 'pwd' || w === 'key' || w === 'secret');
}

/**
 * True when a value under a secret-looking name is a literal secret: non-empty, not a boolean or
 * null word, not a reference or placeholder, not a path, not configuration (a token mechanism word
 * or an option list, see `isOptionList`). For `auth` names, authentication mode words (`none`,
 * `required`, `scram-sha-256`) are settings, not secrets.
 */
export function isLiteralSecretValue(value: string, kind: SecretNameKind = 'secret', name?: string): boolean {
  const v = value.trim();
  if (v === '' || NOT_A_VALUE.has(v.toLowerCase())) return false;
  if (kind === 'auth' && AUTH_MODES.has(v.toLowerCase())) return false;
  if ((TOKEN_MECHANISMS.has(v.toLowerCase()) && namesMechanism(name)) || isOptionList(v)) return false;
  return !isPlaceholderOrReference(v) && !isPathLike(v);
}

/** A Kubernetes object name with a separator (`my-secret`, `db.creds`), as Helm values use to name a Secret. */
const OBJECT_NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

/** `<word>Secret` keys that hold a credential, not the name of a Secret object: `clientSecret`, `jwtSecret`. */
const CREDENTIAL_SECRET_QUALIFIERS = new Set([
  'client', 'cookie', 'jwt', 'session', 'app', 'application', 'webhook', 'consumer', 'api', 'shared', 'hmac', 'signing',
  'encryption', 'oauth', 'auth', 'master', 'csrf', 'state', 'bootstrap', 'cluster',
]);

/**
 * `name` looks secret and `value` is a literal secret under it. In Helm values, `fooSecret: my-secret`
 * names a Secret object (Bitnami's `passwordsSecret`, `tlsSecret`, `initScriptsSecret`), so an
 * object-name value under such a key is a reference; `clientSecret: my-secret` stays a credential.
 */
export function isLiteralSecret(name: string, value: string, style: SecretNameStyle = 'env'): boolean {
  const kind = secretNameKind(name, style);
  if (kind === undefined || !isLiteralSecretValue(value, kind, name)) return false;
  if (style === 'values') {
    const words = nameWords(name);
    const last = words[words.length - 1];
    const v = value.trim();
    const qualifier = words[words.length - 2];
    if (qualifier && (last === 'secret' || last === 'secrets') && !CREDENTIAL_SECRET_QUALIFIERS.has(qualifier) && v.length <= 253 && OBJECT_NAME.test(v) && /[-.]/.test(v)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Known credential formats
// ---------------------------------------------------------------------------------------------

/** A credential format: a vendor prefix or structure precise enough to report without context. */
export interface CredentialFormat {
  id: string;
  /** What it is, for messages: `GitHub token`. */
  label: string;
  /** Regex source matching exactly the token (lookarounds keep neighbours out of the range). */
  pattern: string;
  /**
   * For patterns that cannot start with a literal (V8 then tries them at every offset): a cheap
   * literal-led regex that every match contains; the pattern only runs when the gate matches.
   */
  gate?: RegExp;
}

// Boundaries: a token must not be glued to more token characters on either side.
const B = '(?<![A-Za-z0-9_])';
const E = '(?![A-Za-z0-9_])';

/**
 * Our own detector table (never copied from another tool). Ordered roughly by how common the
 * format is in infrastructure files; the order also breaks ties between overlapping formats.
 */
export const CREDENTIAL_FORMATS: readonly CredentialFormat[] = [
  { id: 'aws-access-key-id', label: 'AWS access key ID', pattern: `${B}(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}${E}` },
  // A secret access key has no prefix of its own: only next to its conventional name (credentials files, env dumps).
  { id: 'aws-secret-access-key', label: 'AWS secret access key', pattern: `(?<=(?:AWS|aws|Aws)?_?(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)["']?[ \\t]*[:=][ \\t]*["']?)[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])`, gate: /secret_?access_?key/i },
  // The header only: the body is checked separately so that mentions in prose or `...` bodies do not count.
  { id: 'private-key', label: 'private key', pattern: '-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----' },
  { id: 'github-token', label: 'GitHub token', pattern: `${B}gh[pousr]_[A-Za-z0-9]{36,251}${E}` },
  { id: 'github-fine-grained-token', label: 'GitHub fine-grained token', pattern: `${B}github_pat_[A-Za-z0-9_]{80,240}${E}` },
  { id: 'gitlab-token', label: 'GitLab token', pattern: `(?<![A-Za-z0-9_-])(?:glpat|gldt|glrt|glptt|glft|glsoat|glcbt|glimt|glagent)-[A-Za-z0-9_.-]{20,255}` },
  { id: 'slack-token', label: 'Slack token', pattern: `${B}(?:xox[abeoprs]|xapp)-[A-Za-z0-9-]{10,250}` },
  { id: 'slack-webhook', label: 'Slack webhook URL', pattern: 'https?://hooks\\.slack\\.com/(?:services|workflows|triggers)/T[A-Za-z0-9_]+/[A-Za-z0-9_]+/[A-Za-z0-9_]+' },
  { id: 'stripe-live-key', label: 'Stripe live key', pattern: `${B}[sr]k_live_[A-Za-z0-9]{20,247}${E}` },
  { id: 'google-api-key', label: 'Google API key', pattern: `(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])` },
  { id: 'google-oauth-token', label: 'Google OAuth access token', pattern: `${B}ya29\\.[A-Za-z0-9_-]{20,2048}` },
  { id: 'npm-token', label: 'npm token', pattern: `${B}npm_[A-Za-z0-9]{36}${E}` },
  { id: 'jwt', label: 'JSON Web Token', pattern: `(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,4096}\\.eyJ[A-Za-z0-9_-]{8,8192}\\.[A-Za-z0-9_-]{16,1024}(?![A-Za-z0-9_-])` },
  { id: 'sendgrid-key', label: 'SendGrid API key', pattern: `${B}SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])` },
  { id: 'square-token', label: 'Square token', pattern: `${B}sq0(?:atp|csp)-[A-Za-z0-9_-]{22,60}` },
  { id: 'amazon-mws-token', label: 'Amazon MWS token', pattern: `${B}amzn\\.mws\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}${E}` },
  { id: 'mailchimp-key', label: 'Mailchimp API key', pattern: `${B}[0-9a-f]{32}-us[0-9]{1,2}${E}`, gate: /-us[0-9]/ },
  { id: 'facebook-token', label: 'Facebook access token', pattern: `${B}EAACEdEose0cBA[A-Za-z0-9]{8,512}` },
  { id: 'twilio-key', label: 'Twilio API key', pattern: `${B}SK[0-9a-f]{32}${E}` },
  { id: 'openai-key', label: 'OpenAI API key', pattern: `(?<![A-Za-z0-9_-])sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,256}T3BlbkFJ[A-Za-z0-9_-]{16,256}` },
  { id: 'anthropic-key', label: 'Anthropic API key', pattern: `(?<![A-Za-z0-9_-])sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,256}` },
  { id: 'azure-storage-key', label: 'Azure storage account key', pattern: '(?<=AccountKey=)[A-Za-z0-9+/]{86}==', gate: /AccountKey=/ },
  { id: 'shopify-token', label: 'Shopify token', pattern: `${B}shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}${E}` },
  { id: 'pypi-token', label: 'PyPI token', pattern: `${B}pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,512}` },
  { id: 'docker-hub-token', label: 'Docker Hub access token', pattern: `${B}dckr_pat_[A-Za-z0-9_-]{27,128}` },
  { id: 'vault-token', label: 'HashiCorp Vault token', pattern: `${B}hv[sb]\\.[A-Za-z0-9_-]{90,512}` },
  { id: 'terraform-cloud-token', label: 'Terraform Cloud token', pattern: `${B}[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_-]{60,256}`, gate: /\.atlasv1\./ },
  { id: 'digitalocean-token', label: 'DigitalOcean token', pattern: `${B}do[opr]_v1_[a-f0-9]{64}${E}` },
  { id: 'huggingface-token', label: 'Hugging Face token', pattern: `${B}hf_[A-Za-z]{34}${E}` },
  { id: 'grafana-token', label: 'Grafana token', pattern: `${B}(?:glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,512}={0,2})${E}` },
  { id: 'new-relic-key', label: 'New Relic user key', pattern: `${B}NRAK-[A-Z0-9]{27}${E}` },
  { id: 'age-secret-key', label: 'age secret key', pattern: `${B}AGE-SECRET-KEY-1[0-9A-Z]{58}${E}` },
  { id: 'npmrc-auth-token', label: 'npm registry auth token', pattern: '(?<=_authToken=)(?![$])[A-Za-z0-9_.+/=-]{16,512}', gate: /_authToken=/ },
  { id: '1password-service-account-token', label: '1Password service account token', pattern: `${B}ops_eyJ[A-Za-z0-9+/=_-]{100,2048}` },
  { id: 'linear-key', label: 'Linear API key', pattern: `${B}lin_api_[A-Za-z0-9]{40}${E}` },
  { id: 'databricks-token', label: 'Databricks token', pattern: `${B}dapi[a-f0-9]{32}(?:-[0-9]+)?${E}` },
  { id: 'postman-key', label: 'Postman API key', pattern: `${B}PMAK-[a-f0-9]{24}-[a-f0-9]{34}${E}` },
];

/**
 * One regex per format. Measured (docs/decisions.md): one combined alternation tries every
 * alternative at every offset and was 8x slower than separate passes, because a pattern led by a
 * literal (`ghp_`, `AKIA`) lets V8 skip ahead with a fast string search. The few patterns without
 * a leading literal run behind a `gate`. Only used through `matchAll`, which copies the regex, so
 * no `lastIndex` is shared between calls.
 */
const COMPILED = CREDENTIAL_FORMATS.map((format) => ({ format, regex: new RegExp(format.pattern, 'g') }));

/**
 * Well-known documentation examples that are not credentials: AWS publishes its example access key
 * ids and secret keys with an `EXAMPLE` / `EXAMPLEKEY` suffix and guarantees they are not valid
 * (AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY). Real keys are random, so the
 * suffix is a safe tell. Nothing else is allowlisted.
 */
function isDocumentationExample(formatId: string, token: string): boolean {
  return (formatId === 'aws-access-key-id' && token.endsWith('EXAMPLE')) || (formatId === 'aws-secret-access-key' && token.endsWith('EXAMPLEKEY'));
}

/**
 * A PEM header counts only when a key body follows: after optional encryption headers, the first
 * word (lines split on whitespace and on `\n` escapes, with comment marks and quotes removed) must
 * be a run of 40+ base64 characters. The many `-----BEGIN RSA PRIVATE KEY-----` mentions in chart
 * comments, followed by `...`, `<key content>` or prose, have none.
 */
function hasKeyBody(text: string, headerEnd: number): boolean {
  const tail = text.slice(headerEnd, headerEnd + 600).replace(/\\[nr]/g, '\n').replace(/^.*\b(?:Proc-Type|DEK-Info|Comment|Version):.*$/gm, '');
  for (const raw of tail.split(/\s+/)) {
    const word = raw.replace(/^[#"'|>,-]+|[#"',\\]+$/g, '');
    if (word) return /^[A-Za-z0-9+/=]{40,}$/.test(word);
  }
  return false;
}

export interface CredentialMatch {
  format: CredentialFormat;
  /** Absolute offsets of exactly the token (for a private key: its BEGIN header). */
  start: number;
  end: number;
  token: string;
}

/** Every known-format credential in `text`, in text order (overlaps keep the earlier format of the table). */
export function findCredentials(text: string): CredentialMatch[] {
  const found: CredentialMatch[] = [];
  for (const { format, regex } of COMPILED) {
    if (format.gate && !format.gate.test(text)) continue;
    for (const m of text.matchAll(regex)) {
      const start = m.index ?? 0;
      const token = m[0];
      if (isDocumentationExample(format.id, token)) continue;
      if (format.id === 'private-key' && !hasKeyBody(text, start + token.length)) continue;
      if (found.some((f) => f.start < start + token.length && start < f.end)) continue;
      found.push({ format, start, end: start + token.length, token });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Credentials in URLs
// ---------------------------------------------------------------------------------------------

export interface UrlCredential {
  /** Offsets of the `user:password` part (without the `@`). */
  start: number;
  end: number;
  user: string;
  password: string;
  host: string;
}

/**
 * `scheme://userinfo@host`. The userinfo runs to the *last* `@` before the host, so an unencoded
 * `@` in a password stays in it; whitespace, quotes, `/?#` and backslashes (escapes) end it.
 */
const URL_WITH_USERINFO = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,30}:\/\/([^\s/?#'"<>`\\]{1,512})@([^\s/?#'"<>`\\@:]{0,255})/g;

/**
 * Every `scheme://user:password@host` in `text` whose password is a literal: `user@`, `user:@`,
 * `$VAR` / `${VAR}` / `$(VAR)` / `{{ }}` / `%s` placeholders and masks are skipped, and so are
 * passwords that are themselves a known credential format (`findCredentials` reports those).
 */
export function findUrlCredentials(text: string): UrlCredential[] {
  const out: UrlCredential[] = [];
  if (text.indexOf('://') < 0) return out;
  for (const m of text.matchAll(URL_WITH_USERINFO)) {
    const userinfo = m[1]!;
    const colon = userinfo.indexOf(':');
    if (colon < 0) continue;
    const password = userinfo.slice(colon + 1);
    if (isPlaceholderOrReference(password) || findCredentials(password).length > 0) continue;
    const start = (m.index ?? 0) + m[0].indexOf('://') + 3;
    out.push({ start, end: start + userinfo.length, user: userinfo.slice(0, colon), password, host: m[2] ?? '' });
  }
  return out;
}
