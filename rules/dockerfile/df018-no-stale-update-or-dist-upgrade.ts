import { removeInstructionEdit } from '../../server/src/engine/dockerfile-edit';
import { programOf, stageResource, stageRuns, wordRange } from '../../server/src/engine/dockerfile-shell';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';

/**
 * - `apt-get update` / `apk update` in a RUN that installs nothing with the same tool: the index
 *   lands in its own cached layer, and a later install RUN can use a stale index for months.
 * - `apt-get dist-upgrade` / `apt full-upgrade`: replaces and removes packages of the base image
 *   wholesale. Fixed only when it is a whole RUN, or the last link of an `&&` chain.
 */
const UPDATE_INSTALL: Record<string, { update: string; install: Set<string> }> = {
  'apt-get': { update: 'update', install: new Set(['install', 'upgrade', 'dist-upgrade', 'build-dep', 'full-upgrade']) },
  apt: { update: 'update', install: new Set(['install', 'upgrade', 'full-upgrade']) },
  apk: { update: 'update', install: new Set(['add', 'upgrade']) },
};

export default defineRule({
  meta: {
    id: 'DF018',
    slug: 'no-stale-update-or-dist-upgrade',
    kind: 'dockerfile',
    title: 'Package index updates belong with the install; no dist-upgrade',
    controls: ['CC6.8'],
    severity: 'warning',
    description:
      'A `RUN apt-get update` on its own is cached as a separate layer: later `RUN apt-get install` steps reuse that cached, possibly months-old package index and install outdated versions without anyone noticing. `apt-get dist-upgrade` goes the other way and lets the build replace or remove base-image packages wholesale, so what the image contains is no longer what was reviewed. Both make the software in the image less controlled than SOC 2 CC6.8 expects.',
    remediation: 'Update and install in one RUN: `RUN apt-get update && apt-get install -y --no-install-recommends <pkgs> && rm -rf /var/lib/apt/lists/*` (`apk add --no-cache` needs no update at all). Instead of `dist-upgrade`, move to a newer base image tag.',
    fix: 'quickfix',
    messages: {
      updateAlone: '"{{tool}} update" without an install in the same RUN (stage "{{stage}}"): the index is cached in its own layer and later installs may use a stale one (SOC 2 CC6.8).',
      distUpgrade: '"{{tool}} {{verb}}" in stage "{{stage}}" replaces base-image packages wholesale, outside review; use a newer base image instead (SOC 2 CC6.8).',
    },
    peers: ['DS-0017', 'DS-0024', 'CKV_DOCKER_5', 'KICS 9bae49be'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    if (!model) return;
    for (const { stage, instruction, script } of stageRuns(model, ctx.lines)) {
      const programs = script.commands.map((c) => ({ command: c, program: programOf(c) }));
      programs.forEach(({ command, program }, k) => {
        if (!program) return;
        const tool = Object.prototype.hasOwnProperty.call(UPDATE_INSTALL, program.name) ? UPDATE_INSTALL[program.name] : undefined;
        if (!tool) return;
        const verb = program.args.find((a) => !a.text.startsWith('-'));
        if (!verb) return;
        const data = { tool: program.name, verb: verb.text, stage: stageResource(stage).name };
        if (verb.text === tool.update) {
          const installs = programs.some((p) => p.program?.name === program.name && p.program.args.some((a) => tool.install.has(a.text)));
          if (!installs) ctx.report({ messageId: 'updateAlone', range: { start: wordRange(ctx.lines, program.word).start, end: wordRange(ctx.lines, verb).end }, data, resource: stageResource(stage) });
          return;
        }
        if (verb.text !== 'dist-upgrade' && verb.text !== 'full-upgrade') return;
        let fix: Fix | undefined;
        const last = command.words[command.words.length - 1]!;
        // What would remain are index updates only: the whole RUN goes.
        const onlyUpdates = programs.every((p, j) => j === k || (p.program && Object.prototype.hasOwnProperty.call(UPDATE_INSTALL, p.program.name) && p.program.args.some((a) => a.text === 'update')));
        if (onlyUpdates) fix = { title: `Remove the ${verb.text} step`, edits: [removeInstructionEdit(ctx.lines, instruction)] };
        else if (k === script.commands.length - 1 && !command.pipedFrom) {
          // Last link: cut from the end of the previous command, through the `&&`, to the end of this one.
          const previous = script.commands[k - 1]!;
          const prevEnd = previous.words[previous.words.length - 1]?.end;
          const between = prevEnd === undefined ? '' : ctx.text.slice(prevEnd, command.words[0]!.start);
          if (prevEnd !== undefined && /^[\s\\]*&&[\s\\]*$/.test(between)) {
            fix = { title: `Remove the ${verb.text} step`, edits: [{ range: { start: ctx.lines.positionAt(prevEnd), end: ctx.lines.positionAt(last.end) }, newText: '' }] };
          }
        }
        ctx.report({ messageId: 'distUpgrade', range: { start: wordRange(ctx.lines, program.word).start, end: wordRange(ctx.lines, verb).end }, data, resource: stageResource(stage), fix });
      });
    }
  },
});
