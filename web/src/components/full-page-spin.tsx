// While a page's code or data arrives (drawn without antd, like the frame around it).
export { PlainSpin as FullPageSpin } from './plain-spin';
