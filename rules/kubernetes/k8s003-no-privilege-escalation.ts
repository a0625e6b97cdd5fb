import {
  containerAnchor,
  describeContainer,
  describeGrants,
  describeObject,
  dropEscalationGrants,
  escalationGrants,
  k8sBoolean,
  resourceOf,
  workloadContainers,
} from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { getPair, nodeRange } from '../../server/src/engine/yaml';
import { isEmptyValue, replaceNode, setPath } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'K8S003',
    slug: 'no-privilege-escalation',
    kind: 'kubernetes',
    title: 'Containers must set allowPrivilegeEscalation: false',
    controls: ['CC6.1'],
    severity: 'error',
    description:
      'Unless a container sets `allowPrivilegeEscalation: false`, the kernel lets its processes gain privileges through setuid binaries and file capabilities (no_new_privs stays off), so a non-root process can become root. The field is per container: the pod securityContext has no such field. A privileged container or one that adds SYS_ADMIN can always escalate, whatever the field says. Blocking escalation is a direct least-privilege control under SOC 2 CC6.1.',
    remediation:
      'Set `allowPrivilegeEscalation: false` in every container\'s securityContext, init and ephemeral containers included. For a privileged container or one adding SYS_ADMIN, remove that privilege first: the API server rejects `allowPrivilegeEscalation: false` together with `privileged: true`.',
    fix: 'quickfix',
    messages: {
      missing: '{{subject}} of {{resource}} does not set allowPrivilegeEscalation: false, so setuid binaries and file capabilities can raise its privileges (even to root).',
      podLevelOnly: '{{subject}} of {{resource}} does not set allowPrivilegeEscalation: false. The pod securityContext sets it, but that field only exists per container and Kubernetes ignores it there.',
      allowed: '{{subject}} of {{resource}} sets allowPrivilegeEscalation to {{value}}, so setuid binaries and file capabilities can raise its privileges (even to root).',
      granted: '{{subject}} of {{resource}} {{grants}}, so it can always escalate privileges. Remove the privilege, then set allowPrivilegeEscalation: false.',
      contradictory: '{{subject}} of {{resource}} sets allowPrivilegeEscalation: false but {{grants}}: a contradiction. Kubernetes treats escalation as always allowed for such a container, and the API server rejects false together with privileged: true (or CAP_SYS_ADMIN). Remove the privilege.',
    },
    peers: [
      'CKV_K8S_20',
      'KICS 5572cc5e',
      'KSV-0001',
      'kube-linter privilege-escalation-container',
      'Polaris privilegeEscalationAllowed',
      'kubesec AllowPrivilegeEscalation',
      'SNYK-CC-K8S-9',
      'Datree CONTAINERS_MISSING_KEY_ALLOWPRIVILEGEESCALATION',
    ],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      const podLevelFlag = getPair(pod.securityContext, 'allowPrivilegeEscalation');
      for (const container of containers) {
        const sc = container.securityContext;
        const flag = getPair(sc, 'allowPrivilegeEscalation');
        const flagSet = flag && !isEmptyValue(flag.value) ? flag : undefined;
        const value = flagSet ? k8sBoolean(flagSet.value) : undefined;
        const base = { subject: describeContainer(container), resource: describeObject(pod.object) };
        const resource = resourceOf(pod.object);
        const grants = escalationGrants(sc);
        if (sc && grants.length > 0) {
          const grantsText = describeGrants(grants);
          const contradictory = value === false;
          const range = flagSet ? nodeRange(ctx.lines, flagSet.value) : containerAnchor(ctx.lines, container);
          if (!range) continue;
          // Never a quick fix: dropping the privilege can break the workload, and setting only the
          // flag would leave a manifest the API server rejects.
          const suggestion = dropEscalationGrants(ctx.lines, sc, grants, !contradictory);
          ctx.report({ messageId: contradictory ? 'contradictory' : 'granted', range, data: { ...base, grants: grantsText }, resource, ...(suggestion ? { suggestions: [suggestion] } : {}) });
          continue;
        }
        if (value === false) continue;
        if (flagSet) {
          const range = nodeRange(ctx.lines, flagSet.value);
          if (!range) continue;
          const shown = ctx.text.slice(ctx.lines.offsetAt(range.start), ctx.lines.offsetAt(range.end));
          ctx.report({ messageId: 'allowed', range, data: { ...base, value: shown }, resource, fix: { title: 'Set allowPrivilegeEscalation: false', edits: [replaceNode(ctx.lines, flagSet.value, 'false')] } });
          continue;
        }
        const range = containerAnchor(ctx.lines, container);
        if (!range) continue;
        const edit = setPath(ctx.lines, container.map, ['securityContext', 'allowPrivilegeEscalation'], 'false');
        const fix: Fix | undefined = edit && { title: 'Add allowPrivilegeEscalation: false to the container securityContext', edits: [edit] };
        ctx.report({ messageId: podLevelFlag ? 'podLevelOnly' : 'missing', range, data: base, resource, ...(fix ? { fix } : {}) });
      }
    }
  },
});
