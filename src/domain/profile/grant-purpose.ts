// The purpose of a grant made by applying, as a code and parameters for the reader's language.
// Such grants store the English sentence; grants an enterprise writes keep their own words.

const APPLICATION = /^Financing application: (.+)$/;

/** The stored purpose of the grant an application makes. */
export const applicationGrantPurpose = (productName: string) => `Financing application: ${productName}`;

/** The code and parameters of a grant purpose made by applying; null for one an enterprise wrote. */
export function grantPurposeOf(purpose: string): { code: 'grant.application'; params: { productName: string } } | null {
  const m = APPLICATION.exec(purpose);
  return m ? { code: 'grant.application', params: { productName: m[1]! } } : null;
}
