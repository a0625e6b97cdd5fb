import { describeObject, resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { findCredentials, findUrlCredentials, isLiteralSecretValue, secretNameKind } from '../../server/src/engine/secrets';
import { asMap, getPair, isPair, keyRange, nodeRange, pairKey, scalarValue } from '../../server/src/engine/yaml';

/**
 * Two signals only, both precise: a data key whose *name* says secret with a literal value, and a
 * value that *contains* a known credential format or a URL with a password. Free text is not read
 * for words: a ConfigMap holding a script that merely mentions "password" is fine (a classic false
 * positive of word-based scanners). File-like keys (`app.properties`, `secrets.yaml`) are judged by
 * their content only.
 */
export default defineRule({
  meta: {
    id: 'K8S006',
    slug: 'no-secret-in-configmap',
    kind: 'kubernetes',
    title: 'ConfigMaps must not hold secrets',
    controls: ['CC6.7', 'CC6.1'],
    severity: 'error',
    description:
      'A ConfigMap entry holds a secret: its key says so (`db-password`, `API_TOKEN`) and its value is a literal, or its value contains a credential in a known format or a URL with a password. ConfigMaps are meant for non-confidential configuration: RBAC commonly grants read access to them broadly, they are not encrypted at rest by default, and they are printed by `kubectl describe`. SOC 2 CC6.7 asks that secrets be kept in storage built for them, with access restricted (CC6.1).',
    remediation:
      'Move the value to a Secret (managed by External Secrets, Sealed Secrets or SOPS rather than committed in clear) and consume it with `secretKeyRef` or a Secret volume; keep only non-sensitive settings in the ConfigMap. Rotate the value that was committed.',
    fix: 'none',
    messages: {
      secretKey: '{{resource}} stores a literal secret under "{{key}}" ({{secret}}): ConfigMaps are not protected like Secrets; move it to a Secret.',
      credential: '{{resource}} entry "{{key}}" contains a {{label}} ({{secret}}): ConfigMaps are not protected like Secrets; move it to a Secret.',
    },
    peers: ['KSV-0109', 'KSV-01010', 'Polaris sensitiveConfigmapContent'],
  },
  check(ctx) {
    for (const object of ctx.objects) {
      if (object.kind !== 'ConfigMap') continue;
      const data = asMap(getPair(object.map, 'data')?.value);
      for (const item of data?.items ?? []) {
        if (!isPair(item)) continue;
        const key = pairKey(item);
        const value = scalarValue(item.value);
        if (key === undefined || typeof value !== 'string') continue;
        const base = { resource: describeObject(object), key };
        const nameKind = secretNameKind(key);
        if (nameKind && isLiteralSecretValue(value, nameKind, key)) {
          const range = nodeRange(ctx.lines, item.value);
          if (range) ctx.report({ messageId: 'secretKey', range, data: { ...base, secret: value }, resource: resourceOf(object) });
          continue;
        }
        // Reported on the key: the value may be a whole file, and SEC001/SEC002 mark the token itself.
        const credential = findCredentials(value)[0];
        const url = credential ? undefined : findUrlCredentials(value)[0];
        const found = credential ? { label: credential.format.label, secret: credential.token } : url ? { label: 'URL with a password', secret: url.password } : undefined;
        const range = found && keyRange(ctx.lines, item);
        if (found && range) ctx.report({ messageId: 'credential', range, data: { ...base, ...found }, resource: resourceOf(object) });
      }
    }
  },
});
