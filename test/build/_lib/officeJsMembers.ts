import { readdirSync } from 'fs';
import { join } from 'path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '../../..');
const EXCEL_API = join(ROOT, 'src/excel/excelApi.ts');

/** One Office.js member the adapter uses, with the ExcelApi set @types/office-js annotates it with (null: none). */
export interface UsedMember {
  /** Where it is in Office.js, e.g. "Excel.Worksheet.getRanges". */
  name: string;
  /** "1.9" from "[Api set: ExcelApi 1.9]"; null when the annotation names no ExcelApi set. */
  excelApi: string | null;
  /** The adapter files that use it (relative to the root). */
  usedIn: string[];
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/** The ExcelApi version in a member's JSDoc ("[Api set: ExcelApi 1.9]"), or null. */
function excelApiOf(symbol: ts.Symbol, checker: ts.TypeChecker): string | null {
  const docs = [
    ts.displayPartsToString(symbol.getDocumentationComment(checker)),
    ...symbol.getJsDocTags(checker).map((t) => ts.displayPartsToString(t.text)),
  ].join('\n');
  const m = /\[Api set: ExcelApi (\d+\.\d+)/.exec(docs);
  return m ? m[1] : null;
}

/** The type a member leads to: a method's return type, an array's element type, without undefined. */
function nextType(type: ts.Type, checker: ts.TypeChecker): ts.Type {
  let t = checker.getNonNullableType(type);
  const call = t.getCallSignatures()[0];
  if (call) t = checker.getNonNullableType(call.getReturnType());
  if (checker.isArrayType(t)) t = (t as ts.TypeReference).typeArguments![0];
  return t;
}

/**
 * Every member of the adapter's structural subset (src/excel/excelApi.ts) that some file of src/excel reads, sets or
 * calls, matched by name to the Office.js member it stands for (walking XlContext beside Excel.RequestContext) and
 * given the ExcelApi set @types/office-js annotates that member with.
 */
export function adapterOfficeJsMembers(): { used: UsedMember[]; unmatched: string[] } {
  const files = sourceFiles(join(ROOT, 'src/excel'));
  const program = ts.createProgram(files, { strict: true, noEmit: true, skipLibCheck: true, types: ['office-js'], typeRoots: [join(ROOT, 'node_modules/@types')] });
  const checker = program.getTypeChecker();
  const api = program.getSourceFile(EXCEL_API)!;

  // Office.js's Excel.RequestContext, from the global Excel namespace @types/office-js declares.
  const xlContext = api.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'XlContext')!;
  const excelNs = checker.getSymbolsInScope(api, ts.SymbolFlags.Namespace).find((s) => s.name === 'Excel')!;
  const requestContext = checker.getExportsOfModule(excelNs).find((s) => s.name === 'RequestContext')!;

  // Each subset member (its declaration) -> the Office.js member it stands for.
  // A declaration can stand for several (XlRange is both Range and RangeAreas): each is kept.
  const matched = new Map<ts.Declaration, { name: string; excelApi: string | null }[]>();
  // Subset members no Office.js type has (a member shared by two types, such as XlFont.size, needs only one).
  const missing = new Map<ts.Declaration, string>();
  const seen = new Set<string>();
  const walk = (xl: ts.Type, office: ts.Type, officeName: string): void => {
    const key = `${checker.typeToString(xl)}|${officeName}`;
    if (seen.has(key)) return;
    seen.add(key);
    for (const prop of xl.getApparentProperties()) {
      const decl = prop.declarations?.[0];
      if (!decl || decl.getSourceFile() !== api) continue;
      const target = checker.getNonNullableType(office).getProperty(prop.name);
      if (!target) {
        missing.set(decl, `${officeName}.${prop.name}`);
        continue;
      }
      const entry = { name: `${officeName}.${prop.name}`, excelApi: excelApiOf(target, checker) };
      const list = matched.get(decl) ?? [];
      if (!list.some((e) => e.name === entry.name)) matched.set(decl, [...list, entry]);
      const xlNext = nextType(checker.getTypeOfSymbol(prop), checker);
      const officeNext = nextType(checker.getTypeOfSymbol(target), checker);
      const officeTypeName = officeNext.symbol ? `Excel.${officeNext.symbol.name}` : `${officeName}.${prop.name}`;
      if (xlNext.getApparentProperties().length) walk(xlNext, officeNext, officeTypeName);
    }
  };
  walk(checker.getTypeAtLocation(xlContext.name), checker.getDeclaredTypeOfSymbol(requestContext), 'Excel.RequestContext');

  // What the adapter's files use: every property access whose symbol is declared in excelApi.ts.
  const used = new Map<string, UsedMember>();
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const decl = symbol?.declarations?.find((d) => matched.has(d));
        for (const m of decl ? matched.get(decl)! : []) {
          const entry = used.get(m.name) ?? { ...m, usedIn: [] };
          const rel = file.slice(ROOT.length + 1);
          if (!entry.usedIn.includes(rel)) entry.usedIn.push(rel);
          used.set(m.name, entry);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const unmatched = [...missing.entries()].filter(([decl]) => !matched.has(decl)).map(([, name]) => name);
  return { used: [...used.values()].sort((a, b) => a.name.localeCompare(b.name)), unmatched };
}

/** Compares "1.13" and "1.9" as versions. */
export const compareVersions = (a: string, b: string): number => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  return x[0] - y[0] || x[1] - y[1];
};
