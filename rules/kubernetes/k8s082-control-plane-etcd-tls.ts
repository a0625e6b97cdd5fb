import { controlPlaneContainers, describeComponent, flagOf, flagRange, missingFlagRange, setFlagEdit, type ControlPlaneContainer } from '../../server/src/engine/control-plane';
import { resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';

/** Certificate flags that must be present (no safe default path: report only). */
const REQUIRED_FILES: Partial<Record<ControlPlaneContainer['component'], string[]>> = {
  etcd: ['cert-file', 'key-file', 'peer-cert-file', 'peer-key-file'],
  'kube-apiserver': ['etcd-certfile', 'etcd-keyfile', 'etcd-cafile'],
};
/** etcd booleans: required value and the fix value. */
const ETCD_BOOLEANS = [
  { flag: 'client-cert-auth', want: 'true' },
  { flag: 'peer-client-cert-auth', want: 'true' },
  { flag: 'auto-tls', want: 'false' },
  { flag: 'peer-auto-tls', want: 'false' },
] as const;

export default defineRule({
  meta: {
    id: 'K8S082',
    slug: 'control-plane-etcd-tls',
    kind: 'kubernetes',
    title: 'etcd must use TLS with client-certificate authentication',
    controls: ['CC6.7', 'CC6.1'],
    severity: 'error',
    description:
      'etcd holds every object of the cluster, Secrets included. Without `--cert-file`/`--key-file` it talks plain HTTP; without `--client-cert-auth=true` any client that reaches port 2379 reads and writes it with no RBAC at all; `--auto-tls` uses self-signed certificates nobody verifies; the same holds for peer traffic. The API server must in turn present a client certificate (`--etcd-certfile`, `--etcd-keyfile`) and verify etcd (`--etcd-cafile`). SOC 2 CC6.1 and CC6.7 expect the store of secrets to authenticate its clients and encrypt its traffic.',
    remediation: 'Configure etcd with `--cert-file`, `--key-file`, `--client-cert-auth=true`, `--trusted-ca-file` and the `--peer-*` equivalents, `--auto-tls=false`, `--peer-auto-tls=false`; give kube-apiserver `--etcd-certfile`, `--etcd-keyfile` and `--etcd-cafile` (kubeadm does all of this).',
    fix: 'quickfix',
    messages: {
      missingFile: '{{component}} does not set --{{flag}}: etcd traffic is not authenticated and encrypted with certificates.',
      badBoolean: '{{component}} sets --{{flag}}={{value}}: {{why}}.',
      missingBoolean: '{{component}} does not set --{{flag}}={{want}}: {{why}}.',
    },
    peers: ['CKV_K8S_99', 'CKV_K8S_102', 'CKV_K8S_116', 'CKV_K8S_117', 'CKV_K8S_118', 'CKV_K8S_119', 'CKV_K8S_121', 'KICS 9391103a', 'KICS 3f5ff8a7', 'KICS b7d0181d', 'KICS 09bb9e96', 'KICS 075ca296', 'KICS 895a5a95', 'KCV-0026', 'KCV-0029', 'KCV-0042', 'KCV-0043', 'KCV-0044', 'KCV-0045', 'KCV-0046', 'KCV-0047'],
  },
  check(ctx) {
    for (const cp of controlPlaneContainers(ctx.objects)) {
      const files = REQUIRED_FILES[cp.component];
      if (!files) continue;
      const base = { resource: resourceOf(cp.container.pod.object) };
      const component = describeComponent(cp);
      for (const name of files) {
        if (flagOf(cp, name)) continue;
        const range = missingFlagRange(ctx.lines, cp);
        if (range) ctx.report({ messageId: 'missingFile', range, data: { component, flag: name }, ...base });
      }
      if (cp.component !== 'etcd') continue;
      for (const { flag: name, want } of ETCD_BOOLEANS) {
        const flag = flagOf(cp, name);
        const value = flag?.value.toLowerCase();
        const who = name.startsWith('peer-') ? 'member' : 'client';
        const why = want === 'true' ? `any ${who} that reaches etcd is accepted without a certificate` : `self-signed certificates that no ${who} verifies are used`;
        if (want === 'true' && !flag) {
          const range = missingFlagRange(ctx.lines, cp);
          if (range) ctx.report({ messageId: 'missingBoolean', range, data: { component, flag: name, want, why }, ...base });
          continue;
        }
        if (!flag || value === want) continue;
        const range = flagRange(ctx.lines, flag);
        if (range) ctx.report({ messageId: 'badBoolean', range, data: { component, flag: name, value: flag.value, why }, ...base, fix: { title: `Set --${name}=${want}`, edits: setFlagEdit(ctx.lines, flag, want) } });
      }
    }
  },
});
