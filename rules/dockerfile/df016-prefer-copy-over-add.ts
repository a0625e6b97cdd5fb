import { copySources, isRemoteSource } from '../../server/src/engine/dockerfile-images';
import { stageResource } from '../../server/src/engine/dockerfile-shell';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';

/**
 * ADD of local files that are not archives: COPY does the same without ADD's implicit powers.
 * Remote sources are DF012's; local tar archives (which ADD unpacks on purpose) are left alone.
 * A source whose name comes from a variable is reported (`ADD ${JAR_FILE} app.jar`) but only with a
 * suggestion: the variable might name an archive. ADD-only flags (`--checksum`, `--keep-git-dir`,
 * `--unpack`) also turn the fix into a suggestion.
 */
const ARCHIVE = /\.(tar|tgz|tbz2?|txz|tzst|tar\.(gz|bz2|xz|zst|lz|lzma|z))$/i;
const ADD_ONLY_FLAGS = /(^|\s)--(checksum|keep-git-dir|unpack)\b/;

export default defineRule({
  meta: {
    id: 'DF016',
    slug: 'prefer-copy-over-add',
    kind: 'dockerfile',
    title: 'Use COPY instead of ADD for local files',
    controls: ['CC6.8'],
    severity: 'warning',
    description:
      '`ADD` silently unpacks archives and can fetch URLs, so what ends up in the image depends on the content of the source, not only on the instruction a reviewer reads. For plain local files `COPY` does exactly the same with no hidden behaviour, which keeps what enters the image predictable and reviewable (SOC 2 CC6.8). Local tar archives, which ADD extracts on purpose, are not reported; remote URLs are DF012\'s.',
    remediation: 'Replace `ADD` with `COPY` (flags such as `--chown`, `--chmod` and `--link` work the same). To unpack an archive, keep ADD for that file only or extract it in a `RUN` step.',
    fix: 'quickfix',
    messages: {
      add: 'ADD copies local files in stage "{{stage}}": use COPY, which has no implicit extraction or download (SOC 2 CC6.8).',
    },
    peers: ['DL3020', 'DS-0005', 'CKV_DOCKER_4', 'KICS 9513a694'],
  },
  check(ctx) {
    const model = ctx.dockerfile;
    if (!model) return;
    for (const stage of model.stages) {
      for (const instruction of stage.instructions) {
        if (instruction.getKeyword() !== 'ADD') continue;
        const sources = copySources(model, ctx.lines, instruction);
        if (sources.length === 0 || sources.some((s) => isRemoteSource(s.text) || ARCHIVE.test(s.text))) continue;
        const range = instruction.getInstructionRange();
        const whole = instruction.getRange();
        const text = ctx.text.slice(ctx.lines.offsetAt(whole.start), ctx.lines.offsetAt(whole.end));
        const keyword = ctx.text.slice(ctx.lines.offsetAt(range.start), ctx.lines.offsetAt(range.end));
        const replace: Fix = { title: 'Replace ADD with COPY', edits: [{ range, newText: keyword === keyword.toLowerCase() ? 'copy' : 'COPY' }] };
        const certain = !ADD_ONLY_FLAGS.test(text) && !sources.some((s) => s.text.includes('$'));
        ctx.report({
          messageId: 'add',
          range,
          data: { stage: stageResource(stage).name },
          resource: stageResource(stage),
          fix: certain ? replace : undefined,
          suggestions: certain ? undefined : [replace],
        });
      }
    }
  },
});
