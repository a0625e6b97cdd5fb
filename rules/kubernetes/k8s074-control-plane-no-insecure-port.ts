import { controlPlaneContainers, describeComponent, flagOf, flagRange, removeFlagEdits, setFlagEdit } from '../../server/src/engine/control-plane';
import { resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';

export default defineRule({
  meta: {
    id: 'K8S074',
    slug: 'control-plane-no-insecure-port',
    kind: 'kubernetes',
    title: 'API server must not serve an unauthenticated HTTP port',
    controls: ['CC6.6', 'CC6.1'],
    severity: 'error',
    description:
      'The API server\'s insecure port (`--insecure-port` other than 0, `--insecure-bind-address`) serves plain HTTP with no authentication and no authorization: every request on it is cluster-admin. `--secure-port=0` turns the TLS port off. Older versions enable the insecure port on localhost by default, and any process on the node, or anyone on the network when it is bound to another address, gets full control. SOC 2 CC6.1 and CC6.6 expect every entry point to authenticate and encrypt.',
    remediation: 'Set `--insecure-port=0` (or drop it on versions where it no longer exists), remove `--insecure-bind-address`, and keep `--secure-port` at a non-zero port (6443).',
    fix: 'quickfix',
    messages: {
      insecurePort: '{{component}} sets --insecure-port={{value}}: an unauthenticated, unencrypted cluster-admin port.',
      insecureBind: '{{component}} sets --insecure-bind-address={{value}}: the unauthenticated port listens beyond localhost.',
      securePortZero: '{{component}} sets --secure-port=0: the TLS port is disabled.',
    },
    peers: ['CKV_K8S_86', 'CKV_K8S_88', 'CKV_K8S_89', 'KICS b9380fd3', 'KICS fa4def8c', 'KICS 3d24b204', 'KCV-0017'],
  },
  check(ctx) {
    for (const cp of controlPlaneContainers(ctx.objects)) {
      if (cp.component !== 'kube-apiserver') continue;
      const resource = resourceOf(cp.container.pod.object);
      const component = describeComponent(cp);
      const report = (messageId: 'insecurePort' | 'insecureBind' | 'securePortZero', flag: NonNullable<ReturnType<typeof flagOf>>, fix: Fix | undefined) => {
        const range = flagRange(ctx.lines, flag);
        if (range) ctx.report({ messageId, range, data: { component, value: flag.value }, resource, ...(fix ? { fix } : {}) });
      };
      const insecure = flagOf(cp, 'insecure-port');
      if (insecure && insecure.value.trim() !== '0') report('insecurePort', insecure, { title: 'Set --insecure-port=0', edits: setFlagEdit(ctx.lines, insecure, '0') });
      const bind = flagOf(cp, 'insecure-bind-address');
      if (bind && bind.value !== '127.0.0.1' && bind.value !== 'localhost') {
        const edits = removeFlagEdits(ctx.lines, bind);
        report('insecureBind', bind, edits ? { title: 'Remove --insecure-bind-address', edits } : undefined);
      }
      const secure = flagOf(cp, 'secure-port');
      if (secure && secure.value.trim() === '0') report('securePortZero', secure, { title: 'Set --secure-port=6443', edits: setFlagEdit(ctx.lines, secure, '6443') });
    }
  },
});
