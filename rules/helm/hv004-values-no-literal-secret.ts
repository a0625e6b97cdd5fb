import { describeValuesPath } from '../../server/src/engine/helm-values';
import { defineRule } from '../../server/src/engine/rule';
import { isLiteralSecret } from '../../server/src/engine/secrets';
import { getString, isPair, nodeRange, pairKey, scalarValue, walkMaps } from '../../server/src/engine/yaml';

/**
 * Helm values keys that look secret with a literal string value, plus env-style entries
 * (`extraEnvVars: [{name: DB_PASSWORD, value: ...}]`). Chart conventions that name a secret rather
 * than hold it are not reported: `existingSecret`, `*SecretName`, `*SecretKey` / `*PasswordKey`
 * (a key inside an existing Secret), `fooSecret: my-secret` (a Secret object's name), `secretKeyRef`
 * maps, empty strings, `{{ }}` templates, booleans and numbers (`keySize: 2048`).
 */
export default defineRule({
  meta: {
    id: 'HV004',
    slug: 'values-no-literal-secret',
    kind: 'helm-values',
    title: 'Chart values must not hold literal secrets',
    controls: ['CC6.7'],
    severity: 'error',
    description:
      'A values key that names a secret (password, token, API key, private key, credentials...) has a literal value. Values files are committed with the chart and packaged into it, so the secret is readable by everyone with the repository or the chart archive, and every release that does not override it runs with this known value. SOC 2 CC6.7 requires secrets to be kept out of artifacts and in protected storage. References are not reported: `existingSecret`, `*SecretName`, `*SecretKey`, `*PasswordKey`, template placeholders and empty defaults.',
    remediation:
      'Leave the value empty in the committed file and point the chart at an existing Secret (`existingSecret` and friends, created by External Secrets, Sealed Secrets or SOPS), or pass it at install time from your secret store (`helm install --set-file`, helm-secrets). Rotate any secret that was committed.',
    fix: 'none',
    messages: {
      literal: '{{path}} holds a literal secret ({{secret}}): values files are committed and packaged with the chart; leave it empty and use an existing Secret.',
    },
    peers: ['CKV_SECRET_6', 'KICS a88baa34', 'Trivy secret scanner'],
  },
  check(ctx) {
    for (const doc of ctx.yaml?.docs ?? []) {
      walkMaps(doc.contents, (map, path) => {
        const envName = getString(map, 'name');
        for (const item of map.items) {
          if (!isPair(item)) continue;
          const key = pairKey(item);
          const value = scalarValue(item.value);
          if (key === undefined || typeof value !== 'string') continue;
          // `{name: DB_PASSWORD, value: ...}` renders as a container env var.
          const literal = key === 'value' && envName !== undefined ? isLiteralSecret(envName, value, 'env') : isLiteralSecret(key, value, 'values');
          if (!literal) continue;
          const range = nodeRange(ctx.lines, item.value);
          if (!range) continue;
          const where = key === 'value' && envName !== undefined ? `${describeValuesPath(path)} (${envName})` : describeValuesPath([...path, key]);
          ctx.report({ messageId: 'literal', range, data: { path: where || key, secret: value } });
        }
      });
    }
  },
});
