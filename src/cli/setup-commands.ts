/**
 * `mandate init` and `mandate doctor`: thin shells over init.ts and doctor.ts (loaded only when
 * used) that find the repository, print what was done and checked, and choose the exit code.
 */
import { MandateError } from '../core/errors.js';
import { findRepoRoot } from '../sources/git.js';

export async function runInit(flags: { hookManager: string; force?: boolean }): Promise<number> {
  const cwd = process.cwd();
  const repoRoot = await findRepoRoot(cwd);
  if (repoRoot === null) {
    throw new MandateError(`${cwd} is not inside a git repository.`, {
      hint: 'Run `git init` first, then `mandate init`.',
    });
  }
  const { initProject } = await import('./init.js');
  const result = await initProject({
    repoRoot,
    cwd,
    ...(flags.force ? { force: true } : {}),
    hookManager: flags.hookManager as 'auto' | 'husky' | 'lefthook' | 'pre-commit' | 'git',
  });
  // Verify what the message will claim: git runs the hook, and the hook finds mandate.
  const doctor = await import('./doctor.js');
  const activated = await doctor.activateHookManager(repoRoot, result.manager);
  if (activated.action !== undefined) result.actions.push(activated.action);
  const checks = [
    await doctor.checkHook(repoRoot, result.manager),
    await doctor.checkBinary(repoRoot),
  ];
  for (const action of result.actions) process.stdout.write(`• ${action}\n`);
  process.stdout.write(`${doctor.formatChecks(checks)}\n`);
  const failed = checks.filter((check) => check.status === 'fail');
  if (failed.length > 0) {
    const todo = [
      ...new Set([
        ...result.pending,
        ...(activated.pending === undefined ? [] : [activated.pending]),
        ...failed.map((check) => check.fix ?? check.detail),
      ]),
    ];
    process.stdout.write(
      `mandate is set up (${result.manager}) but does NOT run on commits yet. Run: ${todo.map((step) => `\`${step}\``).join(', then ')}; then \`mandate doctor\` to confirm.\n`,
    );
    return 1;
  }
  process.stdout.write(
    `mandate runs on every commit now (${result.manager}): checked that git runs the hook and the hook finds mandate.\n`,
  );
  return 0;
}

export async function runDoctor(): Promise<number> {
  const cwd = process.cwd();
  const repoRoot = await findRepoRoot(cwd);
  if (repoRoot === null) {
    throw new MandateError(`${cwd} is not inside a git repository.`, {
      hint: 'Run `mandate doctor` inside the repository to check.',
    });
  }
  const { runDoctorChecks, formatChecks } = await import('./doctor.js');
  const checks = await runDoctorChecks(repoRoot);
  process.stdout.write(`${formatChecks(checks)}\n`);
  const failed = checks.filter((check) => check.status === 'fail').length;
  process.stdout.write(
    failed === 0
      ? 'mandate doctor: all checks passed.\n'
      : `mandate doctor: ${failed} check${failed === 1 ? '' : 's'} failed (see fix: above).\n`,
  );
  return failed === 0 ? 0 : 1;
}
