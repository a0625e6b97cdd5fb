import { describeObject, resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { isPlaceholderOrReference } from '../../server/src/engine/secrets';
import { asMap, getPair, getString, isPair, keyRange, scalarValue, type YAMLMap } from '../../server/src/engine/yaml';

/** Entries of a `data`/`stringData` map that hold something: non-empty and not a template placeholder. */
function committedEntries(map: YAMLMap | undefined): number {
  let n = 0;
  for (const item of map?.items ?? []) {
    if (!isPair(item)) continue;
    const value = scalarValue(item.value);
    if (value === null || value === undefined) continue;
    if (typeof value === 'string' && isPlaceholderOrReference(value)) continue;
    n++;
  }
  return n;
}

export default defineRule({
  meta: {
    id: 'K8S005',
    slug: 'no-committed-secret-manifest',
    kind: 'kubernetes',
    title: 'Secret manifests must not carry their values in the repository',
    controls: ['CC6.7', 'CC6.1'],
    severity: 'error',
    description:
      'A `kind: Secret` manifest holds its values in `data` or `stringData`. Base64 in `data` is an encoding, not encryption: anyone who can read the repository reads the secret, and it stays in git history after it is removed. SOC 2 CC6.7 asks that secrets be encrypted or kept in a secret store, with access limited to those who need it (CC6.1). Secrets without values (a service-account token Secret the control plane fills in) and values that are only template placeholders are not reported.',
    remediation:
      'Commit a reference instead of the value: an `ExternalSecret` (External Secrets Operator) that pulls from Vault or a cloud secret manager, a `SealedSecret` (Bitnami Sealed Secrets) encrypted for the cluster, or a SOPS-encrypted file decrypted at deploy time. Then delete this manifest from the repository and rotate the values it exposed.',
    fix: 'none',
    messages: {
      committed: '{{resource}} commits {{count}} value(s) in {{field}}: base64 is not encryption, so anyone with the repository reads them; use External Secrets, Sealed Secrets or SOPS.',
    },
    peers: ['KICS b9c83569', 'KICS a88baa34'],
  },
  check(ctx) {
    for (const object of ctx.objects) {
      if (object.kind !== 'Secret' || object.apiVersion !== 'v1') continue;
      for (const field of ['data', 'stringData'] as const) {
        const pair = getPair(object.map, field);
        const count = committedEntries(asMap(pair?.value));
        if (!pair || count === 0) continue;
        const range = keyRange(ctx.lines, pair);
        if (!range) continue;
        const type = getString(object.map, 'type');
        ctx.report({
          messageId: 'committed',
          range,
          data: { resource: describeObject(object) + (type ? ` (type ${type})` : ''), count, field },
          resource: resourceOf(object),
        });
      }
    }
  },
});
