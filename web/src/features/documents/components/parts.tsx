// Small pieces the document screens share: the status and urgency tags, the number or "Chưa cho số",
// and the body with its **bold** and *italic* marks.
import { Tag } from 'antd';
import { Fragment } from 'react';
import { labelFor, useI18n } from '../../../lib/i18n';
import { tagColors } from '../../../lib/theme';
import type { DocumentBlock, DocumentStatus, OfficialDocument, Urgency } from '../api/model';
import { parseMarks } from '../lib/body';

const STATUS_COLOR: Record<DocumentStatus, string> = {
  draft: tagColors.grey,
  checked: tagColors.blue,
  signed: tagColors.purple,
  issued: tagColors.green,
  registered: tagColors.teal,
};

export function StatusTag({ status }: { status: DocumentStatus }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLOR[status]}>{labelFor(t, 'docStatus', status)}</Tag>;
}

export function UrgencyTag({ urgency }: { urgency: Urgency }) {
  const { t } = useI18n();
  if (!urgency) return null;
  return <Tag color={tagColors.red}>{labelFor(t, 'docUrgency', urgency)}</Tag>;
}

/** "15/KH-SGDĐT", or the muted "Chưa cho số" of a document not yet issued. */
export function NumberText({ doc }: { doc: Pick<OfficialDocument, 'number_text'> }) {
  const { t } = useI18n();
  return doc.number_text ? <span className="doc-number">{doc.number_text}</span> : <span className="muted">{t('doc.noNumber')}</span>;
}

/** Text with its marks shown as bold and italic. */
export function MarkedText({ text }: { text: string }) {
  return (
    <>
      {parseMarks(text).map((r, i) => {
        let node: React.ReactNode = r.text;
        if (r.italic) node = <em>{node}</em>;
        if (r.bold) node = <strong>{node}</strong>;
        return <Fragment key={i}>{node}</Fragment>;
      })}
    </>
  );
}

/** The body blocks as a letter shows them: justified paragraphs with first-line indent, numbered items, headings. */
export function DocumentBody({ blocks }: { blocks: readonly DocumentBlock[] }) {
  return (
    <div className="doc-body">
      {blocks.map((b, i) => {
        if (b.kind === 'heading')
          return (
            <p key={i} className="doc-block-heading">
              <strong>
                <MarkedText text={b.text} />
              </strong>
            </p>
          );
        if (b.kind === 'item')
          return (
            <p key={i} className="doc-block-item">
              {b.label ? <span className="doc-item-label">{b.label} </span> : null}
              <MarkedText text={b.text} />
            </p>
          );
        return (
          <p key={i} className="doc-block-paragraph">
            <MarkedText text={b.text} />
          </p>
        );
      })}
    </div>
  );
}
