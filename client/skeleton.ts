import * as vscode from 'vscode';

/** A new review as a snippet: the required keys first, tab stops on what the manager must fill. */
export function newReviewSnippet(template: string | undefined): vscode.SnippetString {
  const s = new vscode.SnippetString();
  s.appendText('kind: review\n');
  if (template) s.appendText(`template: ${template}\n`);
  s.appendText('type: ').appendChoice(['appraisal', 'coaching', 'plan']).appendText('\n');
  s.appendText('status: draft\n');
  // Dates from today, never a fixed year: this calendar year, a meeting a week ahead, told today.
  const today = new Date();
  const year = today.getFullYear();
  const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const meeting = new Date(year, today.getMonth(), today.getDate() + 7);
  s.appendText('period: { start: ').appendPlaceholder(`${year}-01-01`).appendText(', end: ').appendPlaceholder(`${year}-12-31`).appendText(' }\n');
  s.appendText('employee: { name: ').appendPlaceholder(vscode.l10n.t('Employee name')).appendText(', role: ').appendPlaceholder(vscode.l10n.t('Role')).appendText(' }\n');
  s.appendText('reviewer: { name: ').appendPlaceholder(vscode.l10n.t('Your name')).appendText(', role: ').appendPlaceholder(vscode.l10n.t('Role')).appendText(' }\n\n');
  s.appendText('meeting:\n  at: ').appendPlaceholder(`${day(meeting)}T10:30`).appendText('\n  minutes: ').appendPlaceholder('60');
  s.appendText('\n  notified_on: ').appendPlaceholder(day(today)).appendText('\n  location: ').appendPlaceholder(vscode.l10n.t('Meeting room'));
  s.appendText('\n  setting: ').appendChoice(['private-room', 'video-call', 'open-office', 'other']).appendText('\n\n');
  s.appendText('goals:\n  - id: ').appendPlaceholder('goal-id').appendText('\n    title: ').appendPlaceholder(vscode.l10n.t('What the goal is'));
  s.appendText('\n    measure: ').appendPlaceholder(vscode.l10n.t('How it is measured, from which source')).appendText('\n\n');
  s.appendText('strengths: []\nimprovements: []\nimprovement_plan: []\n').appendTabstop(0).appendText('\n');
  return s;
}
