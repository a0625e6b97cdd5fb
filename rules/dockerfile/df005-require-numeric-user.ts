import { resolveVariables } from '../../server/src/engine/dockerfile';
import { stageResource } from '../../server/src/engine/dockerfile-shell';
import { defineRule } from '../../server/src/engine/rule';

/**
 * The final stage's last USER names a user instead of a UID. Only the final stage matters (a
 * builder's user never reaches a container). `root`/UID 0 are DF001's; unknown variables are left
 * alone. A name is not wrong, so there is nothing to fix automatically: the UID must be looked up.
 */
export default defineRule({
  meta: {
    id: 'DF005',
    slug: 'require-numeric-user',
    kind: 'dockerfile',
    title: 'The final USER should be numeric',
    controls: ['CC6.1'],
    severity: 'info',
    description:
      'Kubernetes checks `runAsNonRoot: true` against the image\'s user before starting a container, but it can only verify a numeric UID: an image whose final `USER` is a name (`USER app`) is refused, or teams drop the check to make it start. A numeric `USER` lets the platform prove least privilege (SOC 2 CC6.1) and also works in images without `/etc/passwd`. Only the final stage is checked; `root` is reported by DF001, and Windows images (which have no UIDs) are skipped.',
    remediation: 'Use the numeric UID (and GID) of the user: `USER 10001:10001` instead of `USER app`. Create the user with a fixed id (`useradd -u 10001 app`) so the number is known.',
    fix: 'none',
    messages: {
      named: 'The final stage runs as the named user "{{user}}": Kubernetes can only verify runAsNonRoot for a numeric UID; use the UID instead (SOC 2 CC6.1).',
    },
    peers: ['DL3066'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    const final = model?.finalStage;
    if (!model || !final) return;
    // Windows containers have no UIDs (Kubernetes uses runAsUserName there): ContainerUser is right.
    if (/windows|nanoserver|servercore/i.test(final.from.getImage() ?? '') || model.ast.getEscapeCharacter() === '`') return;
    const user = [...final.instructions].reverse().find((i) => i.getKeyword() === 'USER');
    if (!user) return;
    const args = user.getArguments();
    if (args.length === 0) return;
    const written = args.map((a) => a.getValue()).join(' ');
    const value = resolveVariables(model, written, user.getRange().start.line)?.replace(/["']/g, '').trim();
    if (!value) return;
    const name = value.split(':')[0]!;
    if (/^\d+$/.test(name) || name === 'root') return;
    ctx.report({ messageId: 'named', range: { start: args[0]!.getRange().start, end: args[args.length - 1]!.getRange().end }, data: { user: name }, resource: stageResource(final) });
  },
});
