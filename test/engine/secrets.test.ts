/**
 * The shared secret-detection helpers (server/src/engine/secrets.ts): names, literal vs reference
 * values, every credential format (a meta-test makes sure no format ships without a sample), PEM
 * body detection and credentials in URLs. Every token is made up and assembled from parts, so that
 * secret scanners do not flag this repository.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { performance } from 'node:perf_hooks';
import { CREDENTIAL_FORMATS, findCredentials, findUrlCredentials, isLiteralSecret, isLiteralSecretValue, isOptionList, isPlaceholderOrReference, nameWords, secretNameKind } from '../../server/src/engine/secrets';

/** `n` characters cycling through `alphabet`: deterministic, obviously fake. */
const fill = (alphabet: string, n: number): string => Array.from({ length: n }, (_, i) => alphabet[i % alphabet.length]).join('');
const ALNUM = 'Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7';
const HEX = '0a1b2c3d4e5f6789';
const UPPER = 'QW3RTY5UIO2PAS7DFG4HJK6LZX';
const B64 = 'MIIEowIBAAKCAQEAx9+/Zk3';

/** One made-up sample per format id: [text around it, the token]. */
const SAMPLES: Record<string, string> = {
  'aws-access-key-id': 'ASIA' + fill(UPPER, 16),
  'aws-secret-access-key': fill(ALNUM + '/+', 40),
  'npmrc-auth-token': fill(ALNUM + '-', 36),
  '1password-service-account-token': 'ops_' + 'eyJ' + fill(ALNUM, 120),
  'private-key': '-----BEGIN OPENSSH PRIVATE KEY-----',
  'github-token': 'gho_' + fill(ALNUM, 36),
  'github-fine-grained-token': 'github_pat_' + fill(ALNUM + '_', 82),
  'gitlab-token': 'glpat-' + fill(ALNUM, 20),
  'slack-token': 'xoxb-' + '1234567890-0987654321-' + fill(ALNUM, 24),
  'slack-webhook': 'https://hooks.slack.com/services/' + 'T0AB1CD2E/B0FG3HI4J/' + fill(ALNUM, 24),
  'stripe-live-key': 'rk_' + 'live_' + fill(ALNUM, 24),
  'google-api-key': 'AIza' + fill(ALNUM + '-_', 35),
  'google-oauth-token': 'ya29.' + fill(ALNUM + '_', 40),
  'npm-token': 'npm_' + fill(ALNUM, 36),
  jwt: 'eyJ' + fill(ALNUM, 17) + '.eyJ' + fill(ALNUM, 20) + '.' + fill(ALNUM + '-_', 43),
  'sendgrid-key': 'SG.' + fill(ALNUM, 22) + '.' + fill(ALNUM + '-', 43),
  'square-token': 'sq0csp-' + fill(ALNUM + '-', 43),
  'amazon-mws-token': 'amzn.mws.' + '643a5678-8f9f-1a2b-5c3b-e3ea43f3f4b4',
  'mailchimp-key': fill(HEX, 32) + '-us12',
  'facebook-token': 'EAACEdEose0cBA' + fill(ALNUM, 40),
  'twilio-key': 'SK' + fill(HEX, 32),
  'openai-key': 'sk-proj-' + fill(ALNUM, 24) + 'T3BlbkFJ' + fill(ALNUM, 24),
  'anthropic-key': 'sk-ant-' + 'api03-' + fill(ALNUM + '-_', 93) + 'AA',
  'azure-storage-key': fill(ALNUM + '+/', 86) + '==',
  'shopify-token': 'shpat_' + fill(HEX, 32),
  'pypi-token': 'pypi-' + 'AgEIcHlwaS5vcmc' + fill(ALNUM, 60),
  'docker-hub-token': 'dckr_pat_' + fill(ALNUM, 27),
  'vault-token': 'hvs.' + fill(ALNUM + '_-', 95),
  'terraform-cloud-token': fill(ALNUM, 14) + '.atlasv1.' + fill(ALNUM, 70),
  'digitalocean-token': 'dop_v1_' + fill(HEX, 64),
  'huggingface-token': 'hf_' + fill('AbcDefGhiJkl', 34),
  'grafana-token': 'glsa_' + fill(ALNUM, 32) + '_' + fill(HEX, 8),
  'new-relic-key': 'NRAK-' + fill(UPPER + '0123', 27),
  'age-secret-key': 'AGE-SECRET-KEY-1' + fill(UPPER + '0123', 58),
  'linear-key': 'lin_api_' + fill(ALNUM, 40),
  'databricks-token': 'dapi' + fill(HEX, 32),
  'postman-key': 'PMAK-' + fill(HEX, 24) + '-' + fill(HEX, 34),
};
const CONTEXT: Record<string, [string, string]> = {
  'private-key': ['key: |\n  ', `\n  ${fill(B64, 64)}\n  -----END OPENSSH PRIVATE KEY-----\n`],
  'azure-storage-key': ['conn: DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=', ';EndpointSuffix=core.windows.net\n'],
  'aws-secret-access-key': ['credentials: |\n  [default]\n  aws_secret_access_key = ', '\n'],
  'npmrc-auth-token': ['RUN echo "//registry.npmjs.org/:_authToken=', '" > .npmrc\n'],
};

void describe('secret names', () => {
  void it('splits names into words', () => {
    assert.deepEqual(nameWords('mariadbRootPassword'), ['mariadb', 'root', 'password']);
    assert.deepEqual(nameWords('DB_PASSWORD2'), ['db', 'password']);
    assert.deepEqual(nameWords('x-api-key'), ['x', 'api', 'key']);
    assert.deepEqual(nameWords('OAuth2Token'), ['o', 'auth', 'token']);
    assert.deepEqual(nameWords('APIKey'), ['api', 'key']);
    assert.deepEqual(nameWords('tls.key'), ['tls', 'key']);
  });

  const SECRET = ['DB_PASSWORD', 'password', 'MYSQL_ROOT_PASSWORD', 'mariadbRootPassword', 'DB_PASS_BD', 'MYSQL_PWD', 'GITHUB_PAT', 'API_KEY', 'apiKey', 'x-api-key', 'SSH_PRIVATE_KEY', 'AWS_SECRET_ACCESS_KEY', 'SECRET_KEY_BASE', 'JWT_SECRET', 'clientSecret', 'Square_OAuth_Secret', 'FACEBOOK_TOKEN', 'SECRET_BLAH', 'htpasswd', 'accountkey', 'GCP_CREDENTIALS', 'NPM_TOKEN', 'HUGGING_FACE_HUB_TOKEN', 'AUTH_SALT', 'passphrase', 'secretKey'];
  const NOT_SECRET = ['AUTHOR', 'PASSWORD_FILE', 'POSTGRES_PASSWORD_FILE', 'TOKEN_URL', 'GPG_KEY', 'GPG_KEYS', 'RABBITMQ_PGP_KEY_ID', 'AWS_ACCESS_KEY_ID', 'existingSecret', 'existingSecretPasswordKey', 'adminPasswordKey', 'PWD', 'OLDPWD', 'POSTGRES_HOST_AUTH_METHOD', 'passwordMinLength', 'TOKENIZERS_PARALLELISM', 'secrets.yaml', 'token.json', 'tls.key', 'key', 'SECRET_NAME', 'usePasswordFiles', 'ETCD_INITIAL_CLUSTER_TOKEN', 'initialClusterToken', 'tsigSecretAlg', 'privateKeyFingerprint', 'BLAH', 'keySize'];
  for (const name of SECRET) void it(`"${name}" is a secret name`, () => assert.equal(secretNameKind(name), 'secret'));
  for (const name of NOT_SECRET) void it(`"${name}" is not a secret name`, () => assert.equal(secretNameKind(name), undefined));

  void it('a bare trailing `auth` is its own kind', () => {
    assert.equal(secretNameKind('REDIS_AUTH'), 'auth');
    assert.equal(secretNameKind('sslClientAuth'), 'auth');
    assert.equal(secretNameKind('AUTH_METHOD'), undefined);
  });

  void it('Helm values conventions: *SecretKey names a key inside a Secret there, a credential elsewhere', () => {
    assert.equal(secretNameKind('keyPasswordSecretKey', 'values'), undefined);
    assert.equal(secretNameKind('rootUserSecretKey', 'values'), undefined);
    assert.equal(secretNameKind('AWS_SECRET_KEY', 'env'), 'secret');
    assert.equal(secretNameKind('secretKey', 'values'), 'secret');
  });
});

void describe('literal secret values', () => {
  const REFERENCES = ['$DB_PASSWORD', '${DB_PASSWORD}', '$(DB_PASSWORD)', '{{ .Values.password }}', '{{.Values.password}}', '${USER}:${PASS}', '%DB_PASSWORD%', '%s', '<your-api-key>', 'XXXXXXXX', '****', 'INSERT_ETCD_DISCOVERY_TOKEN', 'CHANGE_ME', 'ENC[AES256_GCM,data:Zm9v,type:str]', 'ref+vault://secret/db#password', 'vault:secret/data/db#password', 'op://prod/db/password', 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db', 'projects/acme/secrets/db/versions/latest', '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----', '#{DbPassword}', '__DB_PASSWORD__', ''];
  for (const v of REFERENCES) void it(`${JSON.stringify(v)} is a reference or placeholder`, () => assert.equal(isPlaceholderOrReference(v), true));
  const LITERALS = ['hunter2', 'changeme', 'password', '${DB_PASSWORD:-devpass}', 'prefix-${X}', 'p@ss w0rd', 'xyz'];
  for (const v of LITERALS) void it(`${JSON.stringify(v)} is literal`, () => assert.equal(isLiteralSecretValue(v), true));

  void it('booleans, nulls, paths and file names are not secrets', () => {
    for (const v of ['true', 'False', 'null', '~', 'none', '/run/secrets/db', './key.pem', 'file:///etc/secret', 'thanos.yaml', 'credentials.json']) assert.equal(isLiteralSecretValue(v), false, v);
  });
  void it('auth modes are settings under an `auth` name only', () => {
    assert.equal(isLiteralSecretValue('required', 'auth'), false);
    assert.equal(isLiteralSecretValue('scram-sha-256', 'auth'), false);
    assert.equal(isLiteralSecretValue('required', 'secret'), true);
    assert.equal(isLiteralSecret('REDIS_AUTH', 'Zq8-r3d1s'), true);
  });
  void it('configuration values are not secrets: token mechanisms and option lists', () => {
    for (const v of ['simple', 'jwt', 'JWT', 'jwt,priv-key=/opt/bitnami/etcd/certs/token/jwt-token.pem,sign-method=RS256,ttl=10m', 'jwt,pub-key=/k.pub,priv-key=/k,sign-method=RS256', 'ttl=10m,mode=strict']) assert.equal(isLiteralSecretValue(v), false, v);
    assert.equal(isLiteralSecret('ETCD_AUTH_TOKEN', 'simple'), false);
    // An option list that carries a secret option, random tokens with commas or `=` padding stay secrets.
    for (const v of ['user=admin,password=hunter2', 'dGVzdA==', 'abc=', 'Zq8pL2xR,ttl=10m', 'jwt,sign-method=RS256,secret=Zq8pL2xR', 'user=admin,pass=hunter2', 'mode=x,key=Zq8pL2xR', 'postgres']) assert.equal(isLiteralSecretValue(v), true, v);
    assert.equal(isOptionList('jwt'), false);
    assert.equal(isOptionList('user=admin,password=$(DB_PASSWORD)'), true);
  });
  void it('Helm values: `fooSecret: my-secret` names a Secret object unless foo makes it a credential', () => {
    assert.equal(isLiteralSecret('passwordsSecret', 'my-secret', 'values'), false);
    assert.equal(isLiteralSecret('tlsSecret', 'web.tls', 'values'), false);
    assert.equal(isLiteralSecret('clientSecret', 'my-secret', 'values'), true);
    assert.equal(isLiteralSecret('passwordsSecret', 'Zq8pL2xR', 'values'), true);
    assert.equal(isLiteralSecret('passwordsSecret', 'my-secret', 'env'), true);
  });
});

void describe('credential formats', () => {
  void it('every format has a sample here', () => {
    assert.deepEqual(CREDENTIAL_FORMATS.map((f) => f.id).filter((id) => !SAMPLES[id]), []);
    assert.equal(new Set(CREDENTIAL_FORMATS.map((f) => f.id)).size, CREDENTIAL_FORMATS.length, 'format ids are unique');
  });
  for (const format of CREDENTIAL_FORMATS) {
    void it(`${format.id}: found with the exact token range`, () => {
      const token = SAMPLES[format.id]!;
      const [before, after] = CONTEXT[format.id] ?? ['value: "', '" # trailing\n'];
      const text = 'first: line\n' + before + token + after;
      const found = findCredentials(text);
      assert.deepEqual(found.map((m) => [m.format.id, m.start, m.end]), [[format.id, 12 + before.length, 12 + before.length + token.length]]);
      assert.equal(found[0]!.token, token);
    });
    void it(`${format.id}: not found when glued to more token characters`, () => {
      if (format.id === 'private-key' || format.id === 'slack-webhook' || format.id === 'azure-storage-key') return;
      assert.deepEqual(findCredentials(`value: Z${SAMPLES[format.id]}Z`).map((m) => m.format.id), []);
    });
  }

  void it('AWS documentation example keys are not reported, other keys are', () => {
    assert.deepEqual(findCredentials('a: AKIAIOSFODNN7EXAMPLE\nb: AKIAI44QH8DHBEXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n'), []);
    assert.equal(findCredentials('a: AKIA' + fill(UPPER, 16)).length, 1);
  });

  void it('context formats: the AWS secret key needs its name, the npm token must not be a reference', () => {
    const key = SAMPLES['aws-secret-access-key']!;
    assert.deepEqual(findCredentials(`secretAccessKey: "${key}"`).map((m) => m.token), [key]);
    assert.deepEqual(findCredentials(`someOtherKey: "${key}"`), []);
    assert.deepEqual(findCredentials('//registry.npmjs.org/:_authToken=${NPM_TOKEN}'), []);
  });

  void it('a private key needs a body: comments with ..., prose, placeholders do not count', () => {
    for (const text of [
      '## -----BEGIN RSA PRIVATE KEY-----\n##     ...\n##     -----END RSA PRIVATE KEY-----\n',
      '## key should start with -----BEGIN RSA PRIVATE KEY-----\n## name should line up with a tlsSecret set further up\n',
      'key: |\n  -----BEGIN RSA PRIVATE KEY-----\n  <key content>\n  -----END RSA PRIVATE KEY-----\n',
      'grep -q "-----BEGIN PRIVATE KEY-----" key.pem\n',
      'privateKey: |\n  -----BEGIN RSA PRIVATE KEY-----\n  -----END RSA PRIVATE KEY-----\n',
    ]) assert.deepEqual(findCredentials(text), [], text);
  });

  void it('private key bodies: JSON escapes, encrypted PEM headers, PGP blocks, one-line keys, commented keys', () => {
    const body = fill(B64, 64);
    for (const [text, header] of [
      [`{"private_key": "-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----\\n"}`, '-----BEGIN PRIVATE KEY-----'],
      [`-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${fill(HEX, 32)}\n\n${body}\n`, '-----BEGIN RSA PRIVATE KEY-----'],
      [`-----BEGIN PGP PRIVATE KEY BLOCK-----\nComment: made up\n\n${body}\n`, '-----BEGIN PGP PRIVATE KEY BLOCK-----'],
      [`KEY="-----BEGIN EC PRIVATE KEY----- ${body} -----END EC PRIVATE KEY-----"`, '-----BEGIN EC PRIVATE KEY-----'],
      [`# -----BEGIN ENCRYPTED PRIVATE KEY-----\n# ${body}\n`, '-----BEGIN ENCRYPTED PRIVATE KEY-----'],
    ] as const) {
      const found = findCredentials(text);
      assert.deepEqual(found.map((m) => [m.format.id, m.token]), [['private-key', header]], text);
      assert.equal(found[0]!.start, text.indexOf('-----BEGIN'));
    }
  });

  void it('results are in text order and repeat calls agree (no regex state leaks between calls)', () => {
    const text = `a: ${SAMPLES['npm-token']}\nb: ${SAMPLES['aws-access-key-id']}\nc: ${SAMPLES['github-token']}\n`;
    const first = findCredentials(text).map((m) => m.format.id);
    assert.deepEqual(first, ['npm-token', 'aws-access-key-id', 'github-token']);
    assert.deepEqual(findCredentials(text).map((m) => m.format.id), first);
    assert.deepEqual(findCredentials(text.slice(0, 20)).map((m) => m.format.id), []);
  });
});

void describe('credentials in URLs', () => {
  const found = (text: string) => findUrlCredentials(text).map((c) => [text.slice(c.start, c.end), c.user, c.password, c.host]);
  void it('finds user:password with exact offsets', () => {
    assert.deepEqual(found('url: https://deploy:s3cr3t@git.example.com/x'), [['deploy:s3cr3t', 'deploy', 's3cr3t', 'git.example.com']]);
    assert.deepEqual(found('jdbc:mysql://root:p@ss@db:3306/app'), [['root:p@ss', 'root', 'p@ss', 'db']]);
    assert.deepEqual(found('redis://:pw@cache:6379'), [[':pw', '', 'pw', 'cache']]);
    assert.deepEqual(found('"mongodb+srv://app:Zq8@cluster0.example.net/db"'), [['app:Zq8', 'app', 'Zq8', 'cluster0.example.net']]);
  });
  void it('skips URLs without a literal password', () => {
    for (const text of ['https://user@host', 'https://user:@host', 'http://host:8080/a@b', 'git@github.com:acme/app.git', 'postgres://u:${PASS}@db', 'postgres://u:$(PASS)@db', 'mysql://%s:%s@%s', 'redis://:{{ .Values.pw }}@r', 'https://a:****@h', 'https://x:' + SAMPLES['github-token'] + '@github.com', 'no url here']) {
      assert.deepEqual(found(text), [], text);
    }
  });
});

void describe('detection cost (as-you-type budget)', () => {
  void it('scans a 1,700-line manifest well within the 30 ms lint budget', () => {
    const block = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: svc', 'spec:', '  template:', '    spec:', '      containers:', '      - name: app', '        image: registry.example.com/svc:1.0.0', '        env:', '        - name: DATABASE_URL', '          value: postgres://app:pw@db:5432/app', '        - name: LOG_LEVEL', '          value: info', '---'];
    const text = Array.from({ length: Math.ceil(1700 / block.length) }, () => block.join('\n')).join('\n');
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      findCredentials(text);
      findUrlCredentials(text);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    // Measured about 0.5 ms on the reference machine; the bound only catches a pathological regression.
    assert.ok(times[7]! < 15, `median ${times[7]!.toFixed(2)} ms`);
  });
  void it('pathological 100 KB inputs cannot make a scan quadratic (bounded repetitions)', () => {
    for (const text of ['a://'.repeat(25000), 'http://' + 'a:b@'.repeat(25000), 'glpat-'.repeat(16000), 'eyJaaaaaaaaa.'.repeat(8000), '_'.repeat(100000), '${A:-'.repeat(20000), 'a-'.repeat(50000) + '!']) {
      const t = performance.now();
      findCredentials(text);
      findUrlCredentials(text);
      isPlaceholderOrReference(text);
      isLiteralSecret('passwordsSecret', text, 'values');
      // Measured 1-45 ms each; the bound only catches a return of unbounded repetitions.
      assert.ok(performance.now() - t < 1000, `${text.slice(0, 12)}... took ${(performance.now() - t).toFixed(0)} ms`);
    }
  });
});
