// antd theme and locale, following the chosen language.
import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';

// Zero runtime: components take their styles from antd's stylesheet (loaded by index.html, see
// src/build/shell-first.ts), not generated per render; the theme's tokens reach them as CSS variables.
// Every colour that carries text reaches WCAG AA (4.5:1) on white, on the page background and on
// its own light tag background: antd's defaults (#1677ff links, #52c41a/#faad14/#ff4d4f status
// text) fall short of it. Preset tag text and placeholders come from antd's fixed palette, which
// these tokens do not change: components/contrast.css darkens them.
const THEME: ThemeConfig = {
  zeroRuntime: true,
  token: {
    colorPrimary: '#1556b8',
    // Links and "processing" tags follow colorInfo, a seed of its own (antd's default #1677ff is 4.1:1 on white).
    colorInfo: '#1556b8',
    colorLink: '#1556b8',
    // Status colours: darker seeds for the text, antd's usual light backgrounds and borders kept.
    colorSuccess: '#237804',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarning: '#ad4e00',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorError: '#cf1322',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    // Secondary and tertiary text dark enough for WCAG AA contrast (4.5:1) on white and on the page background.
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  // An empty table's "no data" text is read, not disabled: secondary-text contrast.
  components: { Layout: { bodyBg: '#f3f5f9', siderBg: '#ffffff' }, Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.62)' } },
};

export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  dayjs.locale(english ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={english ? enUS : zhCN} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
