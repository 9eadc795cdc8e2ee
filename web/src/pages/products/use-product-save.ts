// Saving the product editor: validate, refuse while a rule row is incomplete, create or patch only
// what changed, then put the server's problems where they belong — rule problems on their rows,
// term problems on their fields, anything else in one message.
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError, type FieldProblem } from '../../api/client';
import { createProduct, updateProduct, type Product } from '../../api/marketplace';
import { applyFieldErrors, errorMessage } from '../../lib/api-errors';
import { formFieldOf, productPatch, toProductInput, type ProductFormValues } from './product-form';
import type { CompiledRows, RuleRow } from './rule-rows';

export const PRODUCTS_PATH = '/institution/products';

export type EditorValues = ProductFormValues & { ruleRows: RuleRow[] };

const isRuleProblem = (f: FieldProblem) => f.field === 'rules' || f.field.startsWith('rules.');

export function useProductSave(form: FormInstance<EditorValues>, product: Product | undefined, compiled: CompiledRows, onChanged: (p: Product) => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [ruleProblems, setRuleProblems] = useState<FieldProblem[]>([]);
  /** After a save was tried, incomplete rows say so. */
  const [strict, setStrict] = useState(false);

  const showError = (error: unknown) => {
    const fields = error instanceof ApiError ? error.fields : [];
    setRuleProblems(fields.filter(isRuleProblem));
    const placed = applyFieldErrors(form, error, Object.fromEntries(fields.map((f) => [f.field, formFieldOf(f.field)])));
    if (!placed && !fields.some(isRuleProblem)) setFailure(errorMessage(t, error));
  };

  const save = async () => {
    let values: EditorValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    if (compiled.incomplete.length) {
      setStrict(true);
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      const input = toProductInput(values, compiled.rules);
      const saved = product ? await updateProduct(product.id, productPatch(product, input)) : await createProduct(input);
      message.success(product ? t('common.saved') : t('common.created'));
      setRuleProblems([]);
      if (product) onChanged(saved);
      else navigate(`${PRODUCTS_PATH}/${saved.id}`, { replace: true });
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  return { save, busy, failure, strict, ruleProblems, clearRuleProblems: () => setRuleProblems([]) };
}
