/**
 * Sentences for review results: what triggered a requirement, which approvals counted and
 * which did not (and why), and who could still approve. Reporters (the job summary, the check
 * run, the hook's preview) render these; they never re-derive the reasoning.
 */
import type { RequirementResult, Trigger } from './types.js';

const NAMED_TRIGGERS = 5;

export function describeTrigger(trigger: Trigger): string {
  switch (trigger.kind) {
    case 'path':
      return `\`${trigger.path}\` (matches \`${trigger.glob}\`)`;
    case 'content':
      return `\`${trigger.path}:${trigger.line}\` adds ${trigger.description ?? `a line matching \`${trigger.pattern}\``}`;
    case 'label':
      return `the label \`${trigger.label}\``;
    case 'base-branch':
      return `the base branch \`${trigger.branch}\``;
    case 'author':
      return `the author @${trigger.author} (${trigger.in.startsWith('not in') ? trigger.in : `in @${trigger.in}`})`;
  }
}

export function describeTriggers(triggers: Trigger[]): string {
  const named = triggers.slice(0, NAMED_TRIGGERS).map(describeTrigger);
  const more = triggers.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}

export function requiredApprovers(result: RequirementResult): string {
  const who = [
    ...result.required.teams.map((t) => `@${t}`),
    ...result.required.users.map((u) => `@${u}`),
  ];
  const list =
    who.length <= 1 ? (who[0] ?? 'nobody') : `${who.slice(0, -1).join(', ')} or ${who.at(-1)}`;
  return `${result.required.count === 1 ? 'an approval' : `${result.required.count} approvals`} from ${list}`;
}

function counted(result: RequirementResult): number {
  return result.approvals.filter((a) => a.counted).length;
}

/** One sentence: the verdict of a requirement. */
export function verdictSentence(result: RequirementResult): string {
  const id = result.ruleId;
  switch (result.status) {
    case 'satisfied':
      return `${id} is satisfied: ${result.approvals
        .filter((a) => a.counted)
        .map((a) => a.explanation)
        .join('; ')}.`;
    case 'pending':
      return `${id} needs ${requiredApprovers(result)} on the latest commit (${counted(result)} of ${result.required.count} so far).`;
    case 'changes-requested':
      return `${id} is blocked: ${result.changesRequestedBy.map((u) => `@${u}`).join(', ')} requested changes, which blocks until the same reviewer approves.`;
    case 'config-error':
      return `${id} cannot be judged: ${result.configErrors.join('; ')}. Fix the review requirement in the config.`;
    case 'waived':
      return `${id} (${requiredApprovers(result)}) was waived by break-glass.`;
    case 'not-applicable':
      return `${id} will need ${requiredApprovers(result)} on the pull request${result.applies === 'unknown' ? ' (if its labels, author or base branch match)' : ''}.`;
    case 'not-triggered':
      return `${id} does not apply to this change.`;
  }
}

/** The full explanation, as lines: verdict, triggers, approvals, who could approve. */
export function explainRequirement(result: RequirementResult): string[] {
  const lines = [verdictSentence(result)];
  if (result.triggers.length > 0) lines.push(`Triggered by ${describeTriggers(result.triggers)}.`);
  const counting = result.approvals.filter((a) => a.counted);
  const notCounting = result.approvals.filter((a) => !a.counted);
  if (counting.length > 0 && result.status !== 'satisfied') {
    lines.push(`Counted: ${counting.map((a) => a.explanation).join('; ')}.`);
  }
  if (notCounting.length > 0) {
    lines.push(`Did not count: ${notCounting.map((a) => a.explanation).join('; ')}.`);
  }
  if (result.couldApprove.length > 0 && result.status !== 'not-applicable') {
    lines.push(`Could still approve: ${result.couldApprove.join(', ')}.`);
  }
  return lines;
}

/** One sentence for `unblock`: who must do what. */
export function unblockSentence(result: RequirementResult, headSha: string | null): string {
  const at = headSha === null ? 'the latest commit' : `the latest commit ${headSha.slice(0, 7)}`;
  switch (result.status) {
    case 'changes-requested':
      return `${result.changesRequestedBy.map((u) => `@${u}`).join(', ')} must approve ${at} (their "changes requested" blocks ${result.ruleId}).`;
    case 'config-error':
      return `Fix ${result.ruleId} in ${result.origin}: ${result.configErrors.join('; ')}.`;
    default:
      return `Ask ${result.couldApprove.length > 0 ? result.couldApprove.join(' or ') : requiredApprovers(result)} to approve ${at} (${result.ruleId}).`;
  }
}
