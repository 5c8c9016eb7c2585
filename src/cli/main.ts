import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { reportFatal } from './errors.js';
import type { PoliciesFlags } from './policies.js';
import { runScan } from './scan.js';
import type { ScanFlags } from './scan-flags.js';
import { runDoctor, runInit } from './setup-commands.js';
import { VERSION } from './version.js';

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;

function addScanOptions(command: Command): Command {
  return command
    .argument('[paths...]', 'files or directories to scan (default: the current directory)')
    .option('--staged', 'scan what is staged in the git index (the pre-commit scope)')
    .option('--diff <range>', 'scan the lines a commit range adds: BASE..HEAD or BASE...HEAD')
    .option('--history [range]', 'scan every commit of a range (default: all of HEAD)')
    .addOption(new Option('--format <format>', 'report format').choices(FORMATS).default('text'))
    .option('--output <file>', 'write the report to a file instead of standard output')
    .option('--config <file>', 'config file (default: .mandate.yml in the root)')
    .option('--baseline <file>', 'baseline of accepted findings (default: .mandate-baseline.json)')
    .option('--ignore-file <file>', 'fingerprints to ignore (default: .mandateignore)')
    .option('--no-gitignore', 'also scan files that .gitignore excludes')
    .option('--no-color', 'no colours in text output')
    .option('-q, --quiet', 'only findings and the verdict')
    .option(
      '-j, --jobs <n>',
      'threads that read and scan a directory (default: chosen from the cores and the tree size; 1: one thread)',
      parseJobs,
    )
    .addOption(
      new Option(
        '--mode <mode>',
        'hook, ci or local (default: ci when CI is set, hook for --staged)',
      ).choices(['hook', 'ci', 'local']),
    );
}

function parsePositive(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new InvalidArgumentError('Give a whole number from 1.');
  }
  return Number(value);
}

function parseJobs(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 64) {
    throw new InvalidArgumentError('Give a whole number from 1 to 64.');
  }
  return Number(value);
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command('mandate')
    .description(
      'Security policy as code: secret scanning, required reviewers and policy freshness.',
    )
    .version(VERSION, '-v, --version')
    .showHelpAfterError('(run mandate --help for usage)')
    .exitOverride();

  addScanOptions(
    program
      .command('scan')
      .description('scan files, staged changes, a commit range or history for secrets'),
  ).action(async (paths: string[], flags: ScanFlags) => {
    exitCode = await runScan(paths, flags, 'scan');
  });

  addScanOptions(
    program
      .command('check')
      .description(
        'run every policy family that applies to the scope: secrets, and the policy documents (stale ones block in CI, warn in the hook)',
      ),
  )
    .option(
      '--evidence-ledger <dir>',
      "append this run's evidence record (an in-toto Statement) to the hash-chained ledger in DIR: <owner>/<repo>/<YYYY>/<YYYY-MM>.jsonl",
    )
    .action(async (paths: string[], flags: ScanFlags) => {
      exitCode = await runScan(paths, flags, 'check');
    });

  const evidence = program
    .command('evidence')
    .description('verify the evidence ledger and render it for an auditor');
  evidence
    .command('verify')
    .description(
      'check a ledger offline: the hash chain, every record against the schema, and (with GITHUB_TOKEN) each record against its mandate check run; reports the first break with file and line',
    )
    .argument('[dir]', 'the ledger folder (a clone of the mandate-evidence branch)', '.')
    .option(
      '--from <source>',
      'a folder, or owner/repo[@branch] read through the API (GITHUB_TOKEN)',
    )
    .option('--no-anchors', 'do not compare records with their check runs even with a token')
    .option(
      '--check-app <slug...>',
      'the GitHub App whose mandate check runs hold the anchors: the app whose token runs the Action (default: github-actions, the workflow token)',
    )
    .option(
      '--strict',
      'exit 1 unless every record was compared with its check run (needs GITHUB_TOKEN): a record without an anchored mandate check run fails',
    )
    .action(
      async (
        dir: string,
        flags: { from?: string; anchors: boolean; strict?: boolean; checkApp?: string[] },
      ) => {
        exitCode = await (await import('./evidence.js')).runEvidenceVerify(dir, flags);
      },
    );
  evidence
    .command('report')
    .description(
      "the auditor's report of a period: coverage of merged pull requests and direct pushes, decisions per week, secrets stopped, reviews, break-glass, policy versions and register, required check, one section per A 5.4 requirement",
    )
    .requiredOption(
      '--period <from..to>',
      'e.g. 2026-01-01..2026-12-31 (whole days, UTC, both included), or ISO times with an offset (end excluded)',
    )
    .option('--from <source>', 'a ledger folder, or owner/repo[@branch] through the API', '.')
    .addOption(
      new Option('--format <format>', 'report format')
        .choices(['html', 'markdown', 'json'])
        .default('markdown'),
    )
    .option('--output <file>', 'write the report to a file')
    .option('--sample <n>', 'list a reproducible random sample of n changes', parsePositive)
    .option('--seed <n>', "the sample's seed (default 1)", parsePositive)
    .option('--org <org>', 'coverage over every repository of the organisation (GITHUB_TOKEN)')
    .action(async (flags: import('./evidence.js').ReportFlags) => {
      exitCode = await (await import('./evidence.js')).runEvidenceReport(flags);
    });

  addScanOptions(
    program
      .command('baseline')
      .description(
        'accept the current findings: write a stable, hash-only baseline file (--format json prints it instead)',
      )
      .option(
        '--migrate',
        'rewrite old-form .mandateignore and baseline entries (unsalted, folder-relative) to current fingerprints instead',
      ),
  )
    .option(
      '--untracked',
      'in a git repository, also files git does not track (default: tracked only)',
    )
    .action(async (paths: string[], flags: ScanFlags) => {
      exitCode = await (await import('./baseline.js')).runBaseline(paths, flags);
    });

  program
    .command('rules')
    .description('list the secret rules in force (built-in packs plus your config)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .option('--config <file>', 'config file (default: .mandate.yml)')
    .option('--no-color', 'no colours')
    .option(
      '--test',
      'check your custom rules against their own `examples:` (exit 1 on a failing one)',
    )
    .action(
      async (flags: {
        format: 'text' | 'json';
        config?: string;
        color: boolean;
        test?: boolean;
      }) => {
        exitCode = await (await import('./rules.js')).runRules(flags);
      },
    );

  program
    .command('policies')
    .description(
      'print the policy register: title, owner, last reviewed, due date and status of each policy document',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json', 'markdown'])
        .default('text'),
    )
    .option('--config <file>', 'config file (default: .mandate.yml)')
    .option('--no-color', 'no colours')
    .action(async (flags: PoliciesFlags) => {
      exitCode = await (await import('./policies.js')).runPolicies(flags);
    });

  program
    .command('init')
    .description(
      'install the pre-commit hook (husky, lefthook, pre-commit or plain git) and a starter config',
    )
    .addOption(
      new Option('--hook-manager <name>', 'which hook manager to use')
        .choices(['auto', 'husky', 'lefthook', 'pre-commit', 'git'])
        .default('auto'),
    )
    .option('--force', 'replace an existing foreign pre-commit hook')
    .action(async (flags: { hookManager: string; force?: boolean }) => {
      exitCode = await runInit(flags);
    });

  program
    .command('doctor')
    .description(
      'check that mandate is really on: git runs the hook, the hook finds mandate, the config is valid, and a workflow runs the Action with the permissions it needs',
    )
    .action(async () => {
      exitCode = await runDoctor();
    });

  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; usage errors were already printed by commander.
      return error.exitCode === 0 ? 0 : 2;
    }
    return reportFatal(error);
  }
  return exitCode;
}
