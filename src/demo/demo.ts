export async function runDemo(_: {
  dir: string;
  print: (t: string) => void;
  env: NodeJS.ProcessEnv;
}): Promise<void> {}
