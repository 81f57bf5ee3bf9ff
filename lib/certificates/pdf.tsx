import 'server-only';
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { formatDate } from '../format/dates';
import type { CertificateSet } from './queries';
import { CLOSING_LINE, type CertificateContent } from './content';

// Helvetica is one of the PDF standard fonts that @react-pdf/renderer ships: nothing is fetched.
const BRAND = '#1f6f5c';
const INK = '#1c2421';

const styles = StyleSheet.create({
  page: { padding: 28, fontFamily: 'Helvetica', fontSize: 11, color: INK },
  frame: { flexGrow: 1, borderWidth: 3, borderColor: BRAND, borderRadius: 8, padding: 26 },
  programme: { fontSize: 11, letterSpacing: 2, textTransform: 'uppercase', textAlign: 'center', color: BRAND },
  title: { marginTop: 8, fontSize: 36, fontFamily: 'Helvetica-Bold', textAlign: 'center', color: BRAND },
  for: { marginTop: 8, fontSize: 13, textAlign: 'center' },
  alias: { marginTop: 4, fontSize: 30, fontFamily: 'Helvetica-Bold', textAlign: 'center' },
  school: { marginTop: 6, fontSize: 11, textAlign: 'center', color: '#4b5563' },
  rule: { marginVertical: 12, borderBottomWidth: 1, borderBottomColor: BRAND },
  block: { marginBottom: 12 },
  blockTitle: { fontFamily: 'Helvetica-Bold', color: BRAND, marginBottom: 3 },
  line: { lineHeight: 1.4 },
  footer: { marginTop: 'auto', paddingTop: 10 },
  closing: { fontSize: 12.5, fontFamily: 'Helvetica-Oblique', color: BRAND, marginBottom: 10 },
  date: { fontSize: 11, marginBottom: 22 },
  signatures: { flexDirection: 'row', justifyContent: 'space-between' },
  signature: { width: '30%' },
  signatureLine: { borderBottomWidth: 1, borderBottomColor: INK, height: 28 },
  signatureLabel: { marginTop: 4, fontSize: 9, color: '#4b5563' },
});

function Signature({ label }: { label: string }) {
  return (
    <View style={styles.signature}>
      <View style={styles.signatureLine} />
      <Text style={styles.signatureLabel}>{label}</Text>
    </View>
  );
}

/** Beyond this much text the certificate is set smaller, so a well-filled one still fits on one page. */
const ROOMY_CHARACTERS = 650;

function CertificatePage({ certificate, set }: { certificate: CertificateContent; set: CertificateSet }) {
  const characters = certificate.blocks.reduce((total, block) => total + 60 + block.lines.reduce((n, line) => n + line.length + 20, 0), 0);
  const size = characters > ROOMY_CHARACTERS ? { line: 11, title: 12 } : { line: 12.5, title: 13.5 };
  return (
    <Page size="A4" style={styles.page}>
      <View style={styles.frame}>
        <Text style={styles.programme}>Bouwen aan vertrouwen · Vieren van succes</Text>
        <Text style={styles.title}>Certificaat</Text>
        <Text style={styles.for}>voor</Text>
        <Text style={styles.alias}>{certificate.alias}</Text>
        <Text style={styles.school}>
          {set.schoolName} · {set.className}
        </Text>
        <View style={styles.rule} />
        {certificate.blocks.map((block) => (
          <View key={block.title} style={styles.block} wrap={false}>
            <Text style={[styles.blockTitle, { fontSize: size.title }]}>{block.title}</Text>
            {block.lines.map((line, index) => (
              <Text key={index} style={[styles.line, { fontSize: size.line }]}>
                {block.lines.length > 1 ? `• ${line}` : line}
              </Text>
            ))}
          </View>
        ))}
        <View style={styles.footer} wrap={false}>
          <Text style={styles.closing}>{CLOSING_LINE}</Text>
          <Text style={styles.date}>Uitgereikt op {formatDate(set.date)}</Text>
          <View style={styles.signatures}>
            <Signature label={set.teacherName ? `Leerkracht: ${set.teacherName}` : 'Leerkracht'} />
            <Signature label={set.careWorkerName ? `Hulpverlener: ${set.careWorkerName}` : 'Hulpverlener'} />
            <Signature label="Maatje" />
          </View>
        </View>
      </View>
    </Page>
  );
}

/** The certificates as one PDF, a page (or more, for long texts) per pupil. */
export async function renderCertificates(set: CertificateSet): Promise<Buffer> {
  return renderToBuffer(
    <Document title={`Certificaten ${set.className}`} author={set.schoolName} language="nl">
      {set.certificates.length > 0 ? (
        set.certificates.map((certificate, index) => <CertificatePage key={index} certificate={certificate} set={set} />)
      ) : (
        <Page size="A4" style={styles.page}>
          <Text>Deze klas heeft nog geen leerlingen.</Text>
        </Page>
      )}
    </Document>,
  );
}
