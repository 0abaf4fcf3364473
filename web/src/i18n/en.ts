import { domainMessagesEn } from '@tandem/domain';
import { commentsEn } from './comments.en';
import { curriculumEn } from './curriculum.en';
import { docImportEn } from './docImport.en';
import { fieldsEn } from './fields.en';
import { historyEn } from './history.en';
import { inboxEn } from './inbox.en';
import { planEn } from './plan.en';
import { presenceEn } from './presence.en';
import { sessionsEn } from './sessions.en';
import { workspaceEn } from './workspace.en';

/**
 * English messages. This object is the source of truth for message keys: the zh-CN resource is
 * typed against it, so a key missing in one language is a type error, not a blank label.
 */
export const en = {
  app: {
    name: 'Tandem',
    tagline: 'Curriculum planning, together',
    skipToContent: 'Skip to content',
    mainNav: 'Main',
    pageTitle: '{{page}} · Tandem',
  },
  language: {
    label: 'Language',
    'zh-CN': '简体中文',
    en: 'English',
  },
  documentTypes: {
    notes: 'Notes',
    'course-standard': 'Course standard',
    'curriculum-map': 'Curriculum map',
    'talent-plan': 'Talent cultivation plan',
  },
  home: {
    title: 'Documents',
    subtitle:
      'Talent plans, course standards, curriculum maps and notes shared by the school and its partners.',
    listLabel: 'All documents',
    loading: 'Loading documents…',
    loadError: 'The document list could not be loaded.',
    retry: 'Try again',
    emptyTitle: 'No documents yet',
    emptyBody:
      'Create the first one with the form on this page. Everyone you share it with edits it live.',
    updatedJustNow: 'Updated just now',
    updatedRelative: 'Updated {{time}}',
    updatedOn: 'Updated {{time}}',
    cannotCreate: 'Your role in this workspace can read documents but not create them.',
  },
  newDocument: {
    heading: 'New document',
    titleLabel: 'Title',
    titlePlaceholder: 'e.g. Live-commerce operations',
    typeLabel: 'Type',
    submit: 'Create document',
    submitting: 'Creating…',
    titleRequired: 'Give the document a title.',
    titleTooLong: 'Titles can be at most {{max}} characters.',
    failed: 'The document could not be created. {{reason}}',
  },
  document: {
    loading: 'Opening document…',
    loadError: 'The document could not be opened.',
    retry: 'Try again',
    back: 'Documents',
    breadcrumb: 'Location',
    unauthorized: 'Your sign-in has expired. Sign in again to keep editing.',
    readOnly: 'View only',
    readOnlyHint: 'Your role in this workspace can read this document but not change it.',
    signIn: 'Sign in',
    export: {
      label: 'Export',
      hint: 'Download this document as a file',
      docx: 'Word (.docx)',
      docxEn: 'Word, English headings (.docx)',
      xlsx: 'Excel (.xlsx)',
      xlsxEn: 'Excel, English labels (.xlsx)',
      pdf: 'PDF (.pdf)',
      pdfEn: 'PDF, English headings (.pdf)',
      preparing: 'Preparing…',
      errors: {
        busy: 'The server is preparing other files right now. Try again in a few seconds.',
        fontMissing:
          'PDF export is not available: the server has no Chinese font installed. Ask your administrator to install fonts-noto-cjk, or export as Word.',
        failed: 'The file could not be prepared. Try again.',
      },
    },
  },
  connection: {
    label: 'Connection status',
    connecting: 'Connecting…',
    connected: 'Connected',
    reconnecting: 'Reconnecting…',
    offline: 'Offline — changes are kept on this device',
    storeUnavailable: "The server can't save right now — your changes are kept on this device",
    rejected: 'The server rejected a change — retrying',
    tooLarge:
      'This document has reached its size limit and cannot take more changes. Your latest changes are kept on this device only.',
    tooMany:
      'You have too many documents open at once. Close some tabs and reload this page. Your changes are kept on this device.',
    identityConflict:
      'This browser holds changes made under another sign-in, so the server refused them. Reload the page.',
    failed: 'Disconnected after an error — reload the page. Your changes are kept on this device.',
    keptLocally: 'Changes are kept on this device and will sync when the connection returns.',
    saved: 'All changes saved',
    saving: 'Saving…',
    savedLocally: 'Saved on this device',
  },
  toolbar: {
    label: 'Formatting',
    undo: 'Undo',
    redo: 'Redo',
    blockType: 'Text style',
    paragraph: 'Normal text',
    h1: 'Heading 1',
    h2: 'Heading 2',
    h3: 'Heading 3',
    quote: 'Quote',
    bold: 'Bold',
    italic: 'Italic',
    underline: 'Underline',
    strikethrough: 'Strikethrough',
    code: 'Inline code',
    link: 'Link',
    bulletList: 'Bulleted list',
    numberedList: 'Numbered list',
    table: 'Insert table',
  },
  link: {
    dialogLabel: 'Edit link',
    urlLabel: 'Link address',
    urlPlaceholder: 'https://…',
    apply: 'Apply',
    remove: 'Remove link',
    cancel: 'Cancel',
    invalid: 'Enter a web address starting with http://, https:// or mailto:.',
  },
  table: {
    dialogLabel: 'Insert table',
    rows: 'Rows',
    columns: 'Columns',
    headerRow: 'Header row',
    insert: 'Insert',
    cancel: 'Cancel',
  },
  editor: {
    label: 'Document content',
    placeholder: 'Start writing…',
  },
  presence: {
    label: 'People in this document',
    you: '{{name}} (you)',
    more: '{{count}} more',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is nothing at this address. Check the link, or go back to your documents.',
    docTitle: 'Document not found',
    docBody:
      "This document doesn't exist, or you don't have access to it. Check the link with the person who shared it.",
    home: 'Go to documents',
  },
  login: {
    title: 'Sign in',
    intro: 'Sign in with the account your workspace invited you with.',
    emailLabel: 'Email',
    passwordLabel: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    invalidCredentials: 'That email and password do not match an account.',
    locked: 'Too many attempts. Wait a few minutes and try again.',
    required: 'Enter your email and password.',
    inviteOnly: 'No account yet? Ask a leader of your workspace to invite you.',
    forgot: 'Forgot your password?',
  },
  recovery: {
    passwordWeak:
      'This password is too easy to guess (a common word, pattern, repetition or part of your name or address). Try a longer phrase of unrelated words.',
    forgotTitle: 'Reset your password',
    forgotIntro:
      'Enter the email address of your account. We will mail you a link to choose a new password.',
    send: 'Send the link',
    sending: 'Sending…',
    sent: 'If {{email}} has a Tandem account, a link is on its way. It works once, for one hour.',
    resetTitle: 'Choose a new password',
    resetIntro: 'Setting a new password signs you out everywhere else.',
    newPassword: 'New password',
    repeat: 'Repeat the new password',
    save: 'Save the new password',
    saving: 'Saving…',
    saved: 'Your password is changed. Sign in with the new one.',
    linkInvalid: 'This link is not valid, was already used or has expired. Ask for a new one.',
    verifyTitle: 'Confirm your email address',
    verifyIntro: 'Confirm the address to create your account and join the workspace.',
    verify: 'Confirm and join',
    verifying: 'Confirming…',
    emailTaken:
      'This address already has an account. Open the invitation again and use its password, or reset it.',
    toLogin: 'Go to sign in',
  },
  auth: {
    checking: 'Checking your sign-in…',
    unavailable: 'Tandem cannot check your sign-in right now.',
  },
  account: {
    changePassword: 'Change password',
    changeIntro: 'For {{email}}. Changing it signs you out on every other device.',
    currentPassword: 'Current password',
    currentRequired: 'Enter your current password.',
    currentWrong: 'That is not your current password.',
    passwordChanged: 'Your password is changed. Your other sign-ins have ended.',
    backHome: 'Back to Tandem',
    menuLabel: 'Account: {{name}}',
    signOut: 'Sign out',
  },
  sides: {
    school: 'School',
    enterprise: 'Enterprise',
  },
  errors: {
    network: 'The server could not be reached. Check your connection.',
    server: 'The server had a problem ({{status}}).',
    rateLimited: 'Too many requests in a short time. Wait a few seconds and try again.',
    validation: 'Please check the form: {{message}}',
  },
  workspace: workspaceEn,
  curriculum: curriculumEn,
  people: presenceEn,
  fields: fieldsEn,
  sessions: sessionsEn,
  comments: commentsEn,
  history: historyEn,
  inbox: inboxEn,
  plan: planEn,
  docImport: docImportEn,
  /** Every message the domain package can produce (validation, problems, rules). */
  domain: domainMessagesEn,
};

export type Messages = typeof en;
