/** Name of the very hidden sheet where the add-in and the CLI record the sheets they wrote (and saved settings). */
export const META_SHEET = 'LSA Audit Meta';

/** Where one output sheet goes: its final name, and whether an older copy we own is replaced or appended to. */
export interface SheetPlan {
  output: string;
  target: string;
  action: 'create' | 'replace' | 'append';
  /** True when the user had a sheet of that name, so the output went to "Name (2)". */
  renamed: boolean;
}

/**
 * Decides where each output sheet is written: our own sheets are replaced (Audit History appended to);
 * a user's sheet of the same name is never touched: the output goes to "Name (2)", "Name (3)", ...
 * @example planOutputSheets(['Staff', 'Skills Matrix'], [], ['Skills Matrix'], new Set())[0].target // 'Skills Matrix (2)'
 */
export function planOutputSheets(
  existing: readonly string[],
  owned: readonly string[],
  outputs: readonly string[],
  appendOnly: ReadonlySet<string>,
): SheetPlan[] {
  const lower = (s: string) => s.toLowerCase(); // Excel sheet names are case-insensitive
  const taken = new Set(existing.map(lower));
  const ours = new Set(owned.map(lower));
  const claimed = new Set<string>();
  return outputs.map((output) => {
    // An owned sheet of this exact name, or an owned "Name (n)" from a previous rename.
    const ownedTarget = [output, ...owned.filter((o) => isNumberedCopy(o, output))].find(
      (name) => ours.has(lower(name)) && taken.has(lower(name)) && !claimed.has(lower(name)),
    );
    if (ownedTarget !== undefined) {
      claimed.add(lower(ownedTarget));
      return { output, target: ownedTarget, action: appendOnly.has(output) ? 'append' : 'replace', renamed: ownedTarget !== output };
    }
    let target = output;
    for (let n = 2; taken.has(lower(target)) || claimed.has(lower(target)); n++) target = `${output} (${n})`;
    claimed.add(lower(target));
    taken.add(lower(target));
    return { output, target, action: 'create', renamed: target !== output };
  });
}

function isNumberedCopy(name: string, base: string): boolean {
  return name.startsWith(`${base} (`) && /^\(\d+\)$/.test(name.slice(base.length + 1));
}
