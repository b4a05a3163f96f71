"use client";
// The article body's editor: Tiptap (ProseMirror) with the elements the server's sanitizer keeps
// (help-center/article-html.ts): headings h2-h4, bold, italic, lists, links, quotes, code and
// images uploaded to this workspace's help center (button, paste or drop). Its HTML is only a
// proposal: the server sanitizes whatever arrives. Loaded only on the editor page (next/dynamic).
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import Image from "@tiptap/extension-image";
import { localeDirection, type Locale } from "@/i18n/locales";
import { MAX_ARTICLE_IMAGE_BYTES, ARTICLE_IMAGE_TYPES } from "@/lib/article-images";
import { uploadArticleImageAction } from "@/server/help-center/help-center-editor.actions";
import { Alert } from "@/ui/alert";
import { EditorToolbar } from "./editor-toolbar";

type Props = {
  workspaceSlug: string;
  locale: Locale;
  /** The HTML the editor starts from (the saved version); later changes come through onChange. */
  initialHtml: string;
  onChange: (html: string) => void;
  /** The id of the visible label of the body. */
  labelId: string;
  editable: boolean;
};

export type ImageUploadError = "imageTooLarge" | "imageType" | "generic";

export default function RichTextEditor({ workspaceSlug, locale, initialHtml, onChange, labelId, editable }: Props) {
  const t = useTranslations("helpEditor.editor");
  const [uploading, setUploading] = useState(0);
  const [uploadError, setUploadError] = useState<ImageUploadError | null>(null);
  const editorRef = useRef<Editor | null>(null);

  async function insertImages(files: File[], at?: number) {
    const editor = editorRef.current;
    if (!editor) return;
    setUploadError(null);
    for (const file of files) {
      if (!(ARTICLE_IMAGE_TYPES as readonly string[]).includes(file.type)) {
        setUploadError("imageType");
        continue;
      }
      if (file.size > MAX_ARTICLE_IMAGE_BYTES) {
        setUploadError("imageTooLarge");
        continue;
      }
      setUploading((n) => n + 1);
      try {
        const result = await uploadArticleImageAction(workspaceSlug, { file });
        if (!result.ok) {
          const code = result.error.fields?.file?.code;
          setUploadError(code === "imageTooLarge" || code === "imageType" ? code : "generic");
          continue;
        }
        // The file's name is a first description; the author can change it in the toolbar.
        const alt = file.name.replace(/\.[a-z0-9]+$/i, "").slice(0, 200);
        const chain = editor.chain().focus();
        (at !== undefined ? chain.insertContentAt(at, { type: "image", attrs: { src: result.data.src, alt } }) : chain.setImage({ src: result.data.src, alt })).run();
      } catch {
        setUploadError("generic");
      } finally {
        setUploading((n) => n - 1);
      }
    }
  }

  const imageFiles = (list: FileList | null | undefined) => Array.from(list ?? []).filter((f) => f.type.startsWith("image/"));

  const editor = useEditor({
    // Rendered in the browser only (the page loads this component with ssr: false).
    immediatelyRender: false,
    editable,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        link: { openOnClick: false, autolink: true, protocols: ["mailto", "tel"], defaultProtocol: "https", HTMLAttributes: { rel: null, target: null } },
        underline: false,
        strike: false,
      }),
      Image.configure({ inline: false, allowBase64: false }),
    ],
    content: initialHtml,
    editorProps: {
      attributes: {
        class: "article-body min-h-72 rounded-b-md bg-white p-4 focus:outline-none sm:p-6",
        dir: localeDirection(locale),
        lang: locale,
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
      },
      handlePaste: (_view, event) => {
        const files = imageFiles(event.clipboardData?.files);
        if (files.length === 0) return false;
        void insertImages(files);
        return true;
      },
      handleDrop: (view, event, _slice, moved) => {
        if (moved) return false;
        const files = imageFiles(event.dataTransfer?.files);
        if (files.length === 0) return false;
        event.preventDefault();
        const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
        void insertImages(files, pos);
        return true;
      },
    },
    onUpdate: ({ editor }) => onChange(editor.isEmpty ? "" : editor.getHTML()),
  });

  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);

  return (
    <div className="rounded-md ring-1 ring-gray-300 focus-within:ring-2 focus-within:ring-brand-500">
      {editor && editable && <EditorToolbar editor={editor} uploading={uploading > 0} onPickImages={(files) => void insertImages(files)} />}
      {uploadError && (
        <Alert tone="danger" className="m-2">
          {t(`uploadErrors.${uploadError}`, { mb: MAX_ARTICLE_IMAGE_BYTES / 1024 / 1024 })}
        </Alert>
      )}
      {editor ? <EditorContent editor={editor} /> : <div className="article-body min-h-72 p-4 text-gray-500">{t("loading")}</div>}
    </div>
  );
}
