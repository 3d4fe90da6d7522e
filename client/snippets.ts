import * as vscode from 'vscode';

/**
 * The Chinese twins of the snippets. VS Code snippet files have no nls, so the English ones are
 * contributed as usual (package.json) and these are offered by this provider, only while the
 * language is Chinese: `reviewYaml.locale` = zh-CN, or `auto` with a Chinese display language.
 * Same prefixes and bodies, Chinese names, descriptions and placeholder text
 * (snippets/review.zh-cn.code-snippets, written by scripts/snippets-zh.mjs).
 */
interface Twin { name: string; prefix: string | string[]; description: string; body: string[] }

export function isChinese(): boolean {
  const setting = vscode.workspace.getConfiguration('reviewYaml').get<string>('locale', 'auto');
  if (setting === 'zh-CN') return true;
  if (setting === 'en') return false;
  return /^zh\b/i.test(vscode.env.language);
}

export function registerChineseSnippets(context: vscode.ExtensionContext): vscode.Disposable {
  let twins: Promise<Twin[]> | undefined;
  // Through workspace.fs, which reads the extension's own files on either host (a web worker has no fs).
  const read = async (): Promise<Twin[]> => {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'snippets/review.zh-cn.code-snippets'));
    return Object.values(JSON.parse(new TextDecoder().decode(bytes)) as Record<string, Twin>);
  };
  return vscode.languages.registerCompletionItemProvider('review-yaml', {
    async provideCompletionItems() {
      if (!isChinese()) return undefined;
      return (await (twins ??= read().catch(() => ((twins = undefined), [])))).flatMap((twin) =>
        (Array.isArray(twin.prefix) ? twin.prefix : [twin.prefix]).map((prefix) => {
          const item = new vscode.CompletionItem({ label: prefix, description: twin.name }, vscode.CompletionItemKind.Snippet);
          item.insertText = new vscode.SnippetString(twin.body.join('\n'));
          item.documentation = new vscode.MarkdownString(twin.description);
          item.detail = twin.name;
          return item;
        }),
      );
    },
  });
}
