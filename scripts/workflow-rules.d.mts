/** Problems with one workflow file (line 0: the whole file). */
export function checkWorkflow(text: string): { line: number; message: string }[];
