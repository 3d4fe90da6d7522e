// `review/newReview`: the skeleton of a new review, from core's one builder (as `review-yaml new`).
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { t } from '../core/i18n';
import { dirname, relativePath } from '../core/paths';
import { detectKind, parse, toData } from '../core/parse';
import { reviewTypeFor, skeleton } from '../core/skeleton';
import type { LooseTemplate } from '../core/types';
import { validate } from '../core/validate';
import type { Documents } from './documents';
import type { NewReviewParams, NewReviewResult } from './protocol';
import { uriToPath } from './workspace';

export async function newReview(params: NewReviewParams, documents: Documents, today = new Date()): Promise<NewReviewResult> {
  const target = uriToPath(params.target.uri);
  const locale = documents.locale(params.target.uri);
  if (!target) throw new ResponseError(ErrorCodes.InvalidParams, `not a file: ${params.target.uri}`);
  let template: LooseTemplate | undefined;
  let ref: string | undefined;
  if (params.template) {
    const path = uriToPath(params.template.uri);
    if (path) await documents.workspace.load(path);
    // The open editor's text, else the file as the workspace reads it (regular files only).
    const text = path ? documents.workspace.readFile(path) : undefined;
    const parsed = text === undefined ? undefined : parse(text);
    if (!path || !parsed || detectKind(parsed) !== 'template') throw new ResponseError(ErrorCodes.InvalidParams, `not a template: ${params.template.uri}`);
    template = validate('template', toData(parsed)).data as LooseTemplate;
    ref = relativePath(dirname(target), path);
  }
  const text = skeleton({
    template,
    ref,
    type: reviewTypeFor(undefined, template),
    employee: t(locale, 'new.employee'),
    reviewer: t(locale, 'new.reviewer'),
    year: today.getFullYear(),
    today,
    locale,
  });
  return { text };
}
