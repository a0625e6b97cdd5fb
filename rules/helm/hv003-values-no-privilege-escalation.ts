import { describeValuesPath, findValuesSecurityContexts, isInForce } from '../../server/src/engine/helm-values';
import { describeGrants, dropEscalationGrants, escalationGrants, k8sBoolean } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { getPair, keyRange, nodeRange } from '../../server/src/engine/yaml';
import { isEmptyValue, replaceNode, setPath } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'HV003',
    slug: 'values-no-privilege-escalation',
    kind: 'helm-values',
    title: 'Chart values must set allowPrivilegeEscalation: false',
    controls: ['CC6.1'],
    severity: 'warning',
    description:
      'A container security-context map in a chart\'s values (`securityContext` in `helm create` charts, `containerSecurityContext` in Bitnami charts) that sets `allowPrivilegeEscalation: true`, or that sets other hardening but leaves this one out, renders a container whose processes can gain privileges through setuid binaries and file capabilities. Blocking escalation is a direct least-privilege control under SOC 2 CC6.1. Pod-level maps cannot hold the field and are not checked; empty maps are left to HV001; maps switched off with `enabled: false`, or inside a disabled component, are skipped.',
    remediation:
      'Add `allowPrivilegeEscalation: false` to the container security-context map. If the map also sets `privileged: true` or adds SYS_ADMIN, remove that first: such a container can always escalate.',
    fix: 'quickfix',
    messages: {
      missing: '{{path}} does not set allowPrivilegeEscalation: false, so the rendered container\'s processes can gain privileges through setuid binaries.',
      allowed: '{{path}} sets allowPrivilegeEscalation to {{value}}, so the rendered container\'s processes can gain privileges through setuid binaries.',
      granted: '{{path}} {{grants}}, so the rendered container can always escalate privileges. Remove the privilege, then set allowPrivilegeEscalation: false.',
      contradictory: '{{path}} sets allowPrivilegeEscalation: false but {{grants}}: a contradiction. Kubernetes treats escalation as always allowed for such a container, and the API server rejects false together with privileged: true. Remove the privilege.',
    },
    peers: ['CKV_K8S_20', 'KICS 5572cc5e', 'KSV-0001', 'kube-linter privilege-escalation-container'],
  },
  check(ctx) {
    for (const sc of findValuesSecurityContexts(ctx.yaml?.docs ?? [])) {
      // Only maps known to be container-level: a pod-level map cannot hold the field, and an
      // ambiguous one (pod and container fields mixed, or only inherited fields) may be either.
      if (sc.level !== 'container' || !sc.map || sc.empty || !isInForce(sc)) continue;
      const path = describeValuesPath(sc.path);
      const flag = getPair(sc.map, 'allowPrivilegeEscalation');
      const flagSet = flag && !isEmptyValue(flag.value) ? flag : undefined;
      const value = flagSet ? k8sBoolean(flagSet.value) : undefined;
      const grants = escalationGrants(sc.map);
      if (grants.length > 0) {
        const contradictory = value === false;
        const range = flagSet ? nodeRange(ctx.lines, flagSet.value) : keyRange(ctx.lines, sc.pair);
        if (!range) continue;
        const suggestion = dropEscalationGrants(ctx.lines, sc.map, grants, !contradictory);
        ctx.report({ messageId: contradictory ? 'contradictory' : 'granted', range, data: { path, grants: describeGrants(grants) }, ...(suggestion ? { suggestions: [suggestion] } : {}) });
        continue;
      }
      if (value === false) continue;
      if (flagSet) {
        const range = nodeRange(ctx.lines, flagSet.value);
        if (!range) continue;
        const shown = ctx.text.slice(ctx.lines.offsetAt(range.start), ctx.lines.offsetAt(range.end));
        ctx.report({ messageId: 'allowed', range, data: { path, value: shown }, fix: { title: 'Set allowPrivilegeEscalation: false', edits: [replaceNode(ctx.lines, flagSet.value, 'false')] } });
        continue;
      }
      const range = keyRange(ctx.lines, sc.pair);
      const edit = setPath(ctx.lines, sc.parent, [sc.key, 'allowPrivilegeEscalation'], 'false');
      if (!range) continue;
      ctx.report({ messageId: 'missing', range, data: { path }, ...(edit ? { fix: { title: `Add allowPrivilegeEscalation: false to ${path}`, edits: [edit] } } : {}) });
    }
  },
});
