import { resolveVariables } from '../../server/src/engine/dockerfile';
import { removeInstructionEdit } from '../../server/src/engine/dockerfile-edit';
import { stageResource } from '../../server/src/engine/dockerfile-shell';
import { defineRule } from '../../server/src/engine/rule';
import type { TextEdit } from '../../server/src/engine/types';

/** True when an EXPOSE item (`22`, `22/tcp`, `20-30`) covers port 22. */
function coversSsh(item: string): boolean {
  const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(item);
  if (!m) return false;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  return from <= 22 && 22 <= to;
}

export default defineRule({
  meta: {
    id: 'DF007',
    slug: 'no-ssh-port',
    kind: 'dockerfile',
    title: 'Images must not expose SSH (port 22)',
    controls: ['CC6.6'],
    severity: 'warning',
    description:
      'Exposing port 22 means the image runs, or invites running, an SSH daemon: a second, password- or key-based way into the container that bypasses the orchestrator\'s authenticated and audited access (`kubectl exec`, `docker exec`). Each open remote-administration port widens the network boundary SOC 2 CC6.6 asks to restrict.',
    remediation: 'Remove port 22 from `EXPOSE` and the SSH server from the image; administer containers with `kubectl exec` or `docker exec`, which are authenticated and logged.',
    fix: 'quickfix',
    messages: {
      ssh: 'EXPOSE publishes SSH port 22 in stage "{{stage}}": a remote login path that bypasses the orchestrator\'s audited access (SOC 2 CC6.6).',
    },
    peers: ['DS-0004', 'CKV_DOCKER_1', 'KICS 5907595b', 'kube-linter ssh-port'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    if (!model) return;
    for (const stage of model.stages) {
      for (const instruction of stage.instructions) {
        if (instruction.getKeyword() !== 'EXPOSE') continue;
        const args = instruction.getArguments();
        args.forEach((arg, k) => {
          const value = resolveVariables(model, arg.getValue(), arg.getRange().start.line);
          if (!value || !coversSsh(value)) return;
          let edit: TextEdit;
          if (args.length === 1) edit = removeInstructionEdit(ctx.lines, instruction);
          else {
            // Remove the port with the blank that separates it from its neighbour.
            const start = k > 0 ? args[k - 1]!.getRange().end : arg.getRange().start;
            const end = k > 0 ? arg.getRange().end : args[k + 1]!.getRange().start;
            edit = { range: { start, end }, newText: '' };
          }
          ctx.report({
            messageId: 'ssh',
            range: arg.getRange(),
            data: { stage: stageResource(stage).name },
            resource: stageResource(stage),
            fix: { title: `Remove ${arg.getValue()} from EXPOSE`, edits: [edit] },
          });
        });
      }
    }
  },
});
