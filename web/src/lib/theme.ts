// antd theme: a darker primary and stronger secondary text so every text colour passes WCAG AA
// contrast (antd's defaults #1677ff and 45% grey do not).
import type { ThemeConfig } from 'antd';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0b57d0',
    colorLink: '#0b57d0',
    // Hover and active states stay dark: a mouse resting on a primary button must keep 4.5:1.
    colorPrimaryHover: '#0a4cb5',
    colorPrimaryActive: '#083d92',
    colorLinkHover: '#0a4cb5',
    colorLinkActive: '#083d92',
    colorError: '#c4161c',
    colorSuccess: '#2b7a0b',
    colorWarning: '#a15c00',
    colorInfo: '#0b57d0',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif",
  },
  components: {
    Layout: { headerBg: '#0b3d91', headerColor: '#ffffff', headerPadding: '0 16px', siderBg: '#ffffff', bodyBg: '#f4f6f9' },
  },
};

/** Tag colours (white text) with at least 4.5:1 contrast. */
export const tagColors = {
  blue: '#0b57d0',
  green: '#2b7a0b',
  orange: '#a14900',
  gold: '#8a6500',
  red: '#b3261e',
  purple: '#6b3fa0',
  grey: '#5f6368',
  teal: '#00695c',
} as const;
