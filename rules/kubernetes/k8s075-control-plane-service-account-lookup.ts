import { controlPlaneContainers, describeComponent, flagOf, flagRange, setFlagEdit } from '../../server/src/engine/control-plane';
import { resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';

export default defineRule({
  meta: {
    id: 'K8S075',
    slug: 'control-plane-service-account-lookup',
    kind: 'kubernetes',
    title: 'API server must check that service-account tokens still exist',
    controls: ['CC6.2', 'CC6.1'],
    severity: 'error',
    description:
      'With `--service-account-lookup=false` the API server accepts a service-account token as long as its signature is valid, even after the ServiceAccount or its token Secret was deleted. Deleting an account then does not revoke its access, which defeats de-provisioning: SOC 2 CC6.2 expects access to end when the identity is removed.',
    remediation: 'Set `--service-account-lookup=true` (the default) or remove the flag.',
    fix: 'quickfix',
    messages: {
      lookupOff: '{{component}} sets --service-account-lookup={{value}}: tokens of deleted service accounts keep working.',
    },
    peers: ['CKV_K8S_96', 'KICS a5530bd7', 'KCV-0024'],
  },
  check(ctx) {
    for (const cp of controlPlaneContainers(ctx.objects)) {
      if (cp.component !== 'kube-apiserver') continue;
      const flag = flagOf(cp, 'service-account-lookup');
      if (!flag || flag.value.toLowerCase() !== 'false') continue;
      const range = flagRange(ctx.lines, flag);
      if (range) ctx.report({ messageId: 'lookupOff', range, data: { component: describeComponent(cp), value: flag.value }, resource: resourceOf(cp.container.pod.object), fix: { title: 'Set --service-account-lookup=true', edits: setFlagEdit(ctx.lines, flag, 'true') } });
    }
  },
});
