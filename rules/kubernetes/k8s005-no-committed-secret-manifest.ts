import { describeObject, resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { findCredentials, isLiteralSecret, isPlaceholderOrReference } from '../../server/src/engine/secrets';
import { isTemplateOutput } from '../../server/src/engine/template-output';
import { asMap, getPair, getString, isPair, keyRange, pairKey, scalarValue, type YamlPair as Pair, type YAMLMap } from '../../server/src/engine/yaml';

/**
 * Entries of a `data`/`stringData` map that hold something: non-empty and not a template placeholder.
 * In a Helm template (`inTemplate`) the Secret's values are normally rendered at install time from
 * values, a helper or the cluster: only literal template text is committed, and only a literal that
 * is a credential (a known credential format, or a literal under a secret name such as `password`)
 * exposes one. A default configuration text (Bitnami grafana-alloy's `config.alloy`) does not.
 */
function committedEntries(map: YAMLMap | undefined, inTemplate: boolean): number {
  let n = 0;
  for (const item of map?.items ?? []) {
    if (!isPair(item)) continue;
    const value = scalarValue(item.value);
    if (value === null || value === undefined) continue;
    if (typeof value === 'string' && isPlaceholderOrReference(value)) continue;
    if (inTemplate && !literalCredential(item, String(value))) continue;
    n++;
  }
  return n;
}

/** A Secret template's entry written as literal text (key and value) that is a credential. */
function literalCredential(pair: Pair, value: string): boolean {
  if (isTemplateOutput(pair.value) || isTemplateOutput(pair.key)) return false;
  const name = pairKey(pair);
  return (name !== undefined && isLiteralSecret(name, value)) || findCredentials(value).length > 0;
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
      'A `kind: Secret` manifest holds its values in `data` or `stringData`. Base64 in `data` is an encoding, not encryption: anyone who can read the repository reads the secret, and it stays in git history after it is removed. SOC 2 CC6.7 asks that secrets be encrypted or kept in a secret store, with access limited to those who need it (CC6.1). Secrets without values (a service-account token Secret the control plane fills in) and values that are only template placeholders are not reported. In a Helm chart a Secret template is how values reach the cluster at install time, so only what the template itself writes literally counts there, and only when it is a credential (a known credential format, or a literal under a secret name such as `password`): entries printed by template actions, and literal defaults such as a configuration text, are not committed secrets (HV004 reports literal secrets in values.yaml).',
    remediation:
      'Commit a reference instead of the value: an `ExternalSecret` (External Secrets Operator) that pulls from Vault or a cloud secret manager, a `SealedSecret` (Bitnami Sealed Secrets) encrypted for the cluster, or a SOPS-encrypted file decrypted at deploy time. Then delete this manifest from the repository and rotate the values it exposed.',
    fix: 'none',
    messages: {
      committed: '{{resource}} commits {{count}} value(s) in {{field}}: base64 is not encryption, so anyone with the repository reads them; use External Secrets, Sealed Secrets or SOPS.',
      committedInTemplate: 'The template of {{resource}} writes {{count}} credential(s) literally in {{field}}: every copy of the chart carries them, and anyone with the repository reads them; render them at install time instead (an existing Secret, External Secrets, or a value passed with the release).',
    },
    peers: ['KICS b9c83569', 'KICS a88baa34'],
  },
  check(ctx) {
    for (const object of ctx.objects) {
      if (object.kind !== 'Secret' || object.apiVersion !== 'v1') continue;
      for (const field of ['data', 'stringData'] as const) {
        const pair = getPair(object.map, field);
        const inTemplate = ctx.kind === 'helm-template';
        const count = committedEntries(asMap(pair?.value), inTemplate);
        if (!pair || count === 0) continue;
        const range = keyRange(ctx.lines, pair);
        if (!range) continue;
        const type = getString(object.map, 'type');
        ctx.report({
          messageId: inTemplate ? 'committedInTemplate' : 'committed',
          range,
          data: { resource: describeObject(object) + (type ? ` (type ${type})` : ''), count, field },
          resource: resourceOf(object),
        });
      }
    }
  },
});
