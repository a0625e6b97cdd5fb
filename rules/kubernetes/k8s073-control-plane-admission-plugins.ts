import { admissionPlugins, controlPlaneContainers, describeComponent, flagList, flagOf, flagRange, missingFlagRange, upsertFlagEdits } from '../../server/src/engine/control-plane';
import { resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';

/** Plugins that must never be disabled (on by default) and NodeRestriction (off by default). */
const NEVER_DISABLE = ['ServiceAccount', 'NamespaceLifecycle', 'NodeRestriction'];

export default defineRule({
  meta: {
    id: 'K8S073',
    slug: 'control-plane-admission-plugins',
    kind: 'kubernetes',
    title: 'API server admission plugins must enforce NodeRestriction and never AlwaysAdmit',
    controls: ['CC6.1', 'CC6.3'],
    severity: 'error',
    description:
      'Admission plugins are the API server\'s last check on every write. `AlwaysAdmit` accepts everything; without `NodeRestriction` a compromised kubelet can modify any Node and any Pod, label itself to attract sensitive workloads and read their Secrets; disabling `ServiceAccount` or `NamespaceLifecycle` removes the automatic service-account and namespace-deletion safeguards. SOC 2 CC6.1 and CC6.3 expect these guards on the component that enforces access.',
    remediation: 'Include `NodeRestriction` in `--enable-admission-plugins`, remove `AlwaysAdmit`, and keep `ServiceAccount` and `NamespaceLifecycle` out of `--disable-admission-plugins`.',
    fix: 'quickfix',
    messages: {
      alwaysAdmit: '{{component}} enables AlwaysAdmit: every request passes admission unchecked.',
      noNodeRestriction: '{{component}} does not enable NodeRestriction: a kubelet\'s credentials can modify any Node and Pod.',
      disabled: '{{component}} disables {{plugins}}: safeguards applied to every request are switched off.',
    },
    peers: ['CKV_K8S_79', 'CKV_K8S_82', 'CKV_K8S_85', 'KCV-0011', 'KCV-0014', 'KCV-0016'],
  },
  check(ctx) {
    for (const cp of controlPlaneContainers(ctx.objects)) {
      if (cp.component !== 'kube-apiserver') continue;
      const resource = resourceOf(cp.container.pod.object);
      const data = { component: describeComponent(cp), plugins: '' };
      // `--enable-admission-plugins`, or the deprecated `--admission-control` when that is the one in use.
      const { flag: enable, flagName, enabled } = admissionPlugins(cp);
      // Enabling and fixing is one edit of the same flag, so one finding carries both changes.
      if (enabled.includes('AlwaysAdmit') || !enabled.includes('NodeRestriction')) {
        const fixed = [...enabled.filter((p) => p !== 'AlwaysAdmit'), ...(enabled.includes('NodeRestriction') ? [] : ['NodeRestriction'])].join(',');
        const range = enable ? flagRange(ctx.lines, enable) : missingFlagRange(ctx.lines, cp);
        const edits = upsertFlagEdits(ctx.lines, cp, flagName, fixed);
        if (range) ctx.report({ messageId: enabled.includes('AlwaysAdmit') ? 'alwaysAdmit' : 'noNodeRestriction', range, data, resource, ...(edits ? { fix: { title: `Set --${flagName}=${fixed}`, edits } } : {}) });
      }
      const disable = flagOf(cp, 'disable-admission-plugins');
      const disabled = flagList(disable);
      const bad = disabled.filter((p) => NEVER_DISABLE.includes(p));
      if (disable && bad.length > 0) {
        const range = flagRange(ctx.lines, disable);
        const rest = disabled.filter((p) => !NEVER_DISABLE.includes(p));
        // An empty value is valid for the flag parser (`--disable-admission-plugins=`).
        const edits = upsertFlagEdits(ctx.lines, cp, 'disable-admission-plugins', rest.join(','));
        if (range) ctx.report({ messageId: 'disabled', range, data: { ...data, plugins: bad.join(', ') }, resource, ...(edits ? { fix: { title: `Stop disabling ${bad.join(', ')}`, edits } } : {}) });
      }
    }
  },
});
