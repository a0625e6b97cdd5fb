import { controlPlaneContainers, describeComponent, flagRange, removeFlagEdits } from '../../server/src/engine/control-plane';
import { resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';

const STATIC_FILES = ['token-auth-file', 'basic-auth-file'];

export default defineRule({
  meta: {
    id: 'K8S072',
    slug: 'control-plane-no-static-credentials',
    kind: 'kubernetes',
    title: 'API server must not authenticate with static token or password files',
    controls: ['CC6.1', 'CC6.2'],
    severity: 'error',
    description:
      '`--token-auth-file` and `--basic-auth-file` load long-lived bearer tokens or passwords from a file on the control-plane node. They never expire, cannot be revoked without restarting the API server, are stored in clear text and are shared rather than tied to a person. SOC 2 CC6.1 and CC6.2 expect credentials that are individual, revocable and rotated.',
    remediation: 'Remove the flag and authenticate people through OIDC (or client certificates with short lifetimes) and workloads through service-account tokens.',
    fix: 'quickfix',
    messages: {
      staticFile: '{{component}} sets --{{flag}}: static, non-expiring credentials in a clear-text file.',
    },
    peers: ['CKV_K8S_69', 'CKV_K8S_70', 'KICS 32ecd76e', 'KICS 5da47109', 'KCV-0002'],
  },
  check(ctx) {
    for (const cp of controlPlaneContainers(ctx.objects)) {
      if (cp.component !== 'kube-apiserver') continue;
      for (const flag of cp.flags) {
        if (!STATIC_FILES.includes(flag.name)) continue;
        const range = flagRange(ctx.lines, flag);
        if (!range) continue;
        const edits = removeFlagEdits(ctx.lines, flag);
        ctx.report({ messageId: 'staticFile', range, data: { component: describeComponent(cp), flag: flag.name }, resource: resourceOf(cp.container.pod.object), ...(edits ? { fix: { title: `Remove --${flag.name}`, edits } } : {}) });
      }
    }
  },
});
