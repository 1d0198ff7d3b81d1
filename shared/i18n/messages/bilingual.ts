// Pairs a feature's English strings with its French ones; the type checker refuses a missing or extra French key.
export function bilingual<const E extends Record<string, string>>(en: E, fr: { [K in keyof E]: string }): { en: E; fr: { [K in keyof E]: string } } {
  return { en, fr };
}
