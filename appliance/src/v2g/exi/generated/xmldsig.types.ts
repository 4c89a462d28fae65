// GENERATED FILE — do not edit. Data types for the `xmldsig` EXI grammar,
// derived from ../shared/schemas/iso15118-2/xmldsig-core-schema.xsd by tools/exi-gen. Regenerate with: npm run gen:exi

/** One global element as the document root. */
export type Document =
  | { CanonicalizationMethod: CanonicalizationMethodType }
  | { DSAKeyValue: DSAKeyValueType }
  | { DigestMethod: DigestMethodType }
  | { DigestValue: string }
  | { KeyInfo: KeyInfoType }
  | { KeyName: string }
  | { KeyValue: KeyValueType }
  | { Manifest: ManifestType }
  | { MgmtData: string }
  | { Object: ObjectType }
  | { PGPData: PGPDataType }
  | { RSAKeyValue: RSAKeyValueType }
  | { Reference: ReferenceType }
  | { RetrievalMethod: RetrievalMethodType }
  | { SPKIData: SPKIDataType }
  | { Signature: SignatureType }
  | { SignatureMethod: SignatureMethodType }
  | { SignatureProperties: SignaturePropertiesType }
  | { SignatureProperty: SignaturePropertyType }
  | { SignatureValue: SignatureValueType }
  | { SignedInfo: SignedInfoType }
  | { Transform: TransformType }
  | { Transforms: TransformsType }
  | { X509Data: X509DataType };

export const rootElements = ["CanonicalizationMethod","DSAKeyValue","DigestMethod","DigestValue","KeyInfo","KeyName","KeyValue","Manifest","MgmtData","Object","PGPData","RSAKeyValue","Reference","RetrievalMethod","SPKIData","Signature","SignatureMethod","SignatureProperties","SignatureProperty","SignatureValue","SignedInfo","Transform","Transforms","X509Data"] as const;

/** Element qnames of the fragment grammar, in event-code order. */
export const fragmentElements = ["CanonicalizationMethod","DSAKeyValue","DigestMethod","DigestValue","Exponent","G","HMACOutputLength","J","KeyInfo","KeyName","KeyValue","Manifest","MgmtData","Modulus","Object","P","PGPData","PGPKeyID","PGPKeyPacket","PgenCounter","Q","RSAKeyValue","Reference","RetrievalMethod","SPKIData","SPKISexp","Seed","Signature","SignatureMethod","SignatureProperties","SignatureProperty","SignatureValue","SignedInfo","Transform","Transforms","X509CRL","X509Certificate","X509Data","X509IssuerName","X509IssuerSerial","X509SKI","X509SerialNumber","X509SubjectName","XPath","Y"] as const;

export interface SignatureType {
  '@Id'?: string;
  SignedInfo: SignedInfoType;
  SignatureValue: SignatureValueType;
  KeyInfo?: KeyInfoType;
  Object?: Array<ObjectType>;
}

export interface SignedInfoType {
  '@Id'?: string;
  CanonicalizationMethod: CanonicalizationMethodType;
  SignatureMethod: SignatureMethodType;
  Reference: Array<ReferenceType>;
}

export interface CanonicalizationMethodType {
  '@Algorithm': string;
}

export interface SignatureMethodType {
  '@Algorithm': string;
  HMACOutputLength?: number;
}

export interface ReferenceType {
  '@Id'?: string;
  '@Type'?: string;
  '@URI'?: string;
  Transforms?: TransformsType;
  DigestMethod: DigestMethodType;
  DigestValue: string;
}

export interface TransformsType {
  Transform: Array<TransformType>;
}

export interface TransformType {
  '@Algorithm': string;
  XPath?: Array<string>;
}

export interface DigestMethodType {
  '@Algorithm': string;
}

export interface SignatureValueType {
  '@Id'?: string;
  '#content': string;
}

export interface KeyInfoType {
  '@Id'?: string;
  KeyName?: Array<string>;
  KeyValue?: Array<KeyValueType>;
  RetrievalMethod?: Array<RetrievalMethodType>;
  X509Data?: Array<X509DataType>;
  PGPData?: Array<PGPDataType>;
  SPKIData?: Array<SPKIDataType>;
  MgmtData?: Array<string>;
}

export interface KeyValueType {
  DSAKeyValue?: DSAKeyValueType;
  RSAKeyValue?: RSAKeyValueType;
}

export interface DSAKeyValueType {
  P?: string;
  Q?: string;
  G?: string;
  Y: string;
  J?: string;
  Seed?: string;
  PgenCounter?: string;
}

export interface RSAKeyValueType {
  Modulus: string;
  Exponent: string;
}

export interface RetrievalMethodType {
  '@Type'?: string;
  '@URI'?: string;
  Transforms?: TransformsType;
}

export interface X509DataType {
  X509IssuerSerial?: Array<X509IssuerSerialType>;
  X509SKI?: Array<string>;
  X509SubjectName?: Array<string>;
  X509Certificate?: Array<string>;
  X509CRL?: Array<string>;
}

export interface X509IssuerSerialType {
  X509IssuerName: string;
  X509SerialNumber: number;
}

export interface PGPDataType {
  PGPKeyID?: string;
  PGPKeyPacket?: string;
}

export interface SPKIDataType {
  SPKISexp: Array<string>;
}

export interface ObjectType {
  '@Encoding'?: string;
  '@Id'?: string;
  '@MimeType'?: string;
}

export interface ManifestType {
  '@Id'?: string;
  Reference: Array<ReferenceType>;
}

export interface SignaturePropertiesType {
  '@Id'?: string;
  SignatureProperty: Array<SignaturePropertyType>;
}

export interface SignaturePropertyType {
  '@Id'?: string;
  '@Target': string;
}
