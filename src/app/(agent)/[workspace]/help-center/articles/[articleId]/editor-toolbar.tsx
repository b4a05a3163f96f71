"use client";
// The article editor's toolbar: one tab stop (a roving tabindex; arrow keys, Home and End move
// between buttons, mirrored in right-to-left pages), each button named for screen readers and
// pressed (aria-pressed) where the format is on. Links and image descriptions are edited in a row
// under the buttons; Escape there goes back to the text.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useEditorState, type Editor } from "@tiptap/react";
import { cn } from "@/lib/cn";
import { ARTICLE_IMAGE_TYPES } from "@/lib/article-images";
import { Button } from "@/ui/button";
import { Input } from "@/ui/input";
import { Spinner } from "@/ui/spinner";

type Props = { editor: Editor; uploading: boolean; onPickImages: (files: File[]) => void };

type Tool = { key: string; label: string; glyph: ReactNode; active?: boolean; run: () => void; className?: string };

export function EditorToolbar({ editor, uploading, onPickImages }: Props) {
  const t = useTranslations("helpEditor.editor");
  const bar = useRef<HTMLDivElement>(null);
  const fileInputId = useId();
  const [focusIndex, setFocusIndex] = useState(0);
  const [linkOpen, setLinkOpen] = useState(false);
  const [linkHref, setLinkHref] = useState("");
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      blockquote: e.isActive("blockquote"),
      code: e.isActive("code"),
      codeBlock: e.isActive("codeBlock"),
      link: e.isActive("link"),
      image: e.isActive("image"),
      imageAlt: e.isActive("image") ? String(e.getAttributes("image").alt ?? "") : "",
    }),
  });

  const chain = () => editor.chain().focus();
  const tools: Tool[] = [
    { key: "h2", label: t("heading2"), glyph: "H2", active: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: "h3", label: t("heading3"), glyph: "H3", active: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: "bold", label: t("bold"), glyph: <b>B</b>, active: state.bold, run: () => chain().toggleBold().run() },
    { key: "italic", label: t("italic"), glyph: <i className="font-serif">I</i>, active: state.italic, run: () => chain().toggleItalic().run() },
    { key: "bulletList", label: t("bulletList"), glyph: "•≡", active: state.bulletList, run: () => chain().toggleBulletList().run() },
    { key: "orderedList", label: t("orderedList"), glyph: "1.", active: state.orderedList, run: () => chain().toggleOrderedList().run() },
    { key: "blockquote", label: t("blockquote"), glyph: "❝", active: state.blockquote, run: () => chain().toggleBlockquote().run() },
    { key: "code", label: t("code"), glyph: <code>{"<>"}</code>, active: state.code, run: () => chain().toggleCode().run() },
    { key: "codeBlock", label: t("codeBlock"), glyph: <code>{"{ }"}</code>, active: state.codeBlock, run: () => chain().toggleCodeBlock().run() },
    {
      key: "link",
      label: t("link"),
      glyph: (
        <svg viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" className="size-4">
          <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1" />
          <path d="M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1" />
        </svg>
      ),
      active: state.link,
      run: () => {
        setLinkHref(String(editor.getAttributes("link").href ?? ""));
        setLinkOpen(true);
      },
    },
    { key: "image", label: uploading ? t("uploading") : t("image"), glyph: uploading ? (
        <Spinner />
      ) : (
        <svg viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" className="size-4">
          <rect x="2.5" y="3.5" width="15" height="13" rx="1.5" />
          <circle cx="7" cy="8" r="1.5" />
          <path d="m3 15 4.5-4.5 3 3 2.5-2.5 4 4" />
        </svg>
      ), run: () => document.getElementById(fileInputId)?.click() },
  ];

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const rtl = getComputedStyle(event.currentTarget).direction === "rtl";
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: number | null = null;
    if (step !== undefined) next = (focusIndex + step + tools.length) % tools.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = tools.length - 1;
    if (next === null) return;
    event.preventDefault();
    setFocusIndex(next);
    bar.current?.querySelectorAll<HTMLButtonElement>("button[data-tool]")[next]?.focus();
  }

  function applyLink(href: string) {
    const trimmed = href.trim();
    // Nothing selected and not in a link: the address itself becomes the linked text.
    if (trimmed && editor.state.selection.empty && !editor.isActive("link")) {
      chain().insertContent({ type: "text", text: trimmed, marks: [{ type: "link", attrs: { href: trimmed } }] }).run();
    } else if (trimmed) chain().extendMarkRange("link").setLink({ href: trimmed }).run();
    else chain().extendMarkRange("link").unsetLink().run();
    setLinkOpen(false);
  }

  return (
    // Stays in view under the header while a long article scrolls, from sm up; on phones the header
    // takes two rows and the toolbar scrolls with the text.
    <div className="z-10 rounded-t-md border-b border-gray-200 bg-gray-50 sm:sticky sm:top-14">
      <div ref={bar} role="toolbar" aria-label={t("toolbar")} onKeyDown={onKeyDown} className="flex flex-wrap gap-1 p-1.5">
        {tools.map((tool, i) => (
          <button
            key={tool.key}
            type="button"
            data-tool={tool.key}
            tabIndex={i === focusIndex ? 0 : -1}
            aria-label={tool.label}
            title={tool.label}
            aria-pressed={tool.active === undefined ? undefined : tool.active}
            onFocus={() => setFocusIndex(i)}
            // A click keeps the focus and selection in the text (as editors' toolbars do): the
            // button never takes them, so the next key typed goes straight in with the new mark.
            // Keyboard users reach the toolbar with Tab and the arrow keys as before.
            onMouseDown={(e) => e.preventDefault()}
            onClick={tool.run}
            className={cn(
              "inline-flex h-9 min-w-9 items-center justify-center rounded-md px-2 text-sm font-medium text-gray-700 hover:bg-gray-200 focus-visible:outline-2 focus-visible:outline-brand-600",
              tool.active && "bg-brand-100 text-brand-800",
            )}
          >
            <span aria-hidden="true">{tool.glyph}</span>
          </button>
        ))}
        <input
          id={fileInputId}
          type="file"
          accept={ARTICLE_IMAGE_TYPES.join(",")}
          multiple
          hidden
          onChange={(e) => {
            onPickImages(Array.from(e.target.files ?? []));
            e.target.value = "";
          }}
        />
      </div>
      {linkOpen && (
        // Not a <form>: the toolbar lives inside the article's form, and forms do not nest.
        <div
          role="group"
          aria-label={t("link")}
          className="flex flex-wrap items-center gap-2 border-t border-gray-200 p-2"
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              applyLink(linkHref);
            } else if (e.key === "Escape") {
              e.preventDefault();
              setLinkOpen(false);
              editor.commands.focus();
            }
          }}
        >
          <label htmlFor="article-link-href" className="text-sm font-medium text-gray-800">
            {t("linkAddress")}
          </label>
          <Input id="article-link-href" dir="ltr" type="text" inputMode="url" autoFocus value={linkHref} onChange={(e) => setLinkHref(e.target.value)} placeholder="https://" className="w-auto min-w-0 flex-1" />
          <Button size="sm" onClick={() => applyLink(linkHref)}>
            {t("applyLink")}
          </Button>
          {state.link && (
            <Button variant="ghost" size="sm" onClick={() => applyLink("")}>
              {t("removeLink")}
            </Button>
          )}
          <Button variant="ghost" size="sm" onClick={() => (setLinkOpen(false), editor.commands.focus())}>
            {t("cancel")}
          </Button>
        </div>
      )}
      {state.image && (
        <div className="flex flex-wrap items-center gap-2 border-t border-gray-200 p-2">
          <label htmlFor="article-image-alt" className="text-sm font-medium text-gray-800">
            {t("imageAlt")}
          </label>
          <Input
            id="article-image-alt"
            value={state.imageAlt}
            maxLength={200}
            onChange={(e) => editor.chain().updateAttributes("image", { alt: e.target.value }).run()}
            // Enter finishes the description, not the article's form.
            onKeyDown={(e) => {
              if (e.key === "Enter" || e.key === "Escape") {
                e.preventDefault();
                editor.commands.focus();
              }
            }}
            className="w-auto min-w-0 flex-1"
          />
        </div>
      )}
    </div>
  );
}
