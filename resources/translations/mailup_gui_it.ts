<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../mailup_gui/ui/about.py" line="+51"/>
        <source>About mailup-gui</source>
        <translation>Informazioni su mailup-gui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets stored in</source>
        <translation>Password memorizzate in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings and profiles</source>
        <translation>Impostazioni e profili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;h2&gt;mailup-gui {version}&lt;/h2&gt;A desktop client for MailUp&apos;s transactional email API.</source>
        <translation>&lt;h2&gt;mailup-gui {version}&lt;/h2&gt;Un client desktop per l&apos;API di email transazionali di MailUp.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open this folder</source>
        <translation>Apri questa cartella</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy details</source>
        <translation>Copia i dettagli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy these details, to paste into a support ticket</source>
        <translation>Copia questi dettagli da incollare in un ticket di assistenza</translation>
    </message>
</context>
<context>
    <name>AddressField</name>
    <message>
        <location filename="../../mailup_gui/ui/widgets/address_field.py" line="+20"/>
        <source>Name &lt;name@example.com&gt;, other@example.com; …</source>
        <translation>Nome &lt;nome@example.com&gt;, altro@example.com; …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: paste a list separated by commas, semicolons or new lines</source>
        <translation>{label}: incolla un elenco separato da virgole, punti e virgola o a capo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{label} count</source>
        <translation>Numero di {label}</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n destinatario</numerusform>
            <numerusform>%n destinatari</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{entry}”: {problem}</source>
        <translation>“{entry}”: {problem}</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../mailup_gui/ui/outbox/message_view/attachments.py" line="+57"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files of the message</source>
        <translation>File del messaggio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected file with the application your system uses for its type</source>
        <translation>Apri il file selezionato con l&apos;applicazione che il sistema usa per il suo tipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;as…</source>
        <translation>Salva &amp;come…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected file</source>
        <translation>Salva il file selezionato</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>inline image (cid:{id})</source>
        <translation>immagine incorporata (cid:{id})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attachment</source>
        <translation>allegato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save attachment</source>
        <translation>Salva allegato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open attachment</source>
        <translation>Apri allegato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open {name} with the application your system uses for {type}?</source>
        <translation>Aprire {name} con l&apos;applicazione che il sistema usa per {type}?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files in email can be harmful: open only what you expect to see.</source>
        <translation>I file ricevuti per email possono essere dannosi: apri solo quelli che ti aspetti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
</context>
<context>
    <name>ChecksView</name>
    <message>
        <location filename="../../mailup_gui/ui/preview/checks.py" line="+56"/>
        <location line="+135"/>
        <source>Not checked yet.</source>
        <translation>Non ancora controllato.</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Finding</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Findings of the checks</source>
        <translation>Risultati dei controlli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a finding to go to its place</source>
        <translation>Fai clic su un risultato per andare al punto a cui si riferisce</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The finding in full</source>
        <translation>Il risultato per intero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mail app</source>
        <translation>App di posta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supported</source>
        <translation>Supportate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly</source>
        <translation>In parte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support of the message&apos;s features by mail app</source>
        <translation>Supporto delle funzioni del messaggio per app di posta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many of the HTML and CSS features this message uses each mail app supports (caniemail.com data); open a row for the features and notes</source>
        <translation>Quante delle funzioni HTML e CSS usate dal messaggio ogni app di posta supporta (dati di caniemail.com); apri una riga per vedere le funzioni e le note</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Checking…</source>
        <translation>Controllo in corso…</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problema trovato.</numerusform>
            <numerusform>%n problemi trovati.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems found; some notes below.</source>
        <translation>Nessun problema trovato; qualche nota qui sotto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems found.</source>
        <translation>Nessun problema trovato.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n problem(s) found by Checks: see the Checks tab.</source>
        <translation>
            <numerusform>%n problema trovato dai Controlli: vedi la scheda Controlli.</numerusform>
            <numerusform>%n problemi trovati dai Controlli: vedi la scheda Controlli.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The checks could not run: {error}</source>
        <translation>Non è stato possibile eseguire i controlli: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n errore</numerusform>
            <numerusform>%n errori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avviso</numerusform>
            <numerusform>%n avvisi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n note</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not supported: {feature}</source>
        <translation>Non supportata: {feature}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly: {feature}</source>
        <translation>In parte: {feature}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text part</source>
        <translation>Parte di testo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{part}, line {line}</source>
        <translation>{part}, riga {line}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Checks</source>
        <translation>Controlli</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How the message will be received: client support, accessibility, links, sizes. Errors: {errors}, warnings: {warnings}, notes: {notes}</source>
        <translation>Come verrà ricevuto il messaggio: supporto dei client, accessibilità, link, dimensioni. Errori: {errors}, avvisi: {warnings}, note: {notes}</translation>
    </message>
</context>
<context>
    <name>ComposePane</name>
    <message>
        <location filename="../../mailup_gui/ui/compose/pane.py" line="+37"/>
        <source>The plain-text part, for clients that do not show HTML</source>
        <translation>La parte di testo semplice, per i programmi che non mostrano l&apos;HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text part</source>
        <translation>Parte di testo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate from HTML</source>
        <translation>&amp;Genera da HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the text part with text made from the HTML</source>
        <translation>Sostituisci la parte di testo con il testo ricavato dall&apos;HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate text from HTML</source>
        <translation>Genera il testo dall&apos;HTML</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cid:{cid} is used in the HTML but no embedded image has that ContentId</source>
        <translation>cid:{cid} è usato nell&apos;HTML ma nessuna immagine incorporata ha quel ContentId</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The embedded image {cid} is never referenced as cid:{cid}; it will show as an attachment</source>
        <translation>L&apos;immagine incorporata {cid} non è mai richiamata come cid:{cid}: verrà mostrata come allegato</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Generate text</source>
        <translation>Genera testo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the text part with text generated from the HTML?</source>
        <translation>Sostituire la parte di testo con il testo generato dall&apos;HTML?</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <location filename="../../mailup_gui/ui/connection_check.py" line="+37"/>
        <source>Testing the connection…</source>
        <translation>Verifica della connessione…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Test connection</source>
        <translation>Verifica connessione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update the secret…</source>
        <translation>Aggiorna la password…</translation>
    </message>
</context>
<context>
    <name>DamagedFilesNotice</name>
    <message>
        <location filename="../../mailup_gui/ui/damaged_notice.py" line="+28"/>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;{file} could not be read.&lt;/b&gt; It was kept as {kept}; nothing was deleted. A fresh one was started, without {lost}.</source>
        <translation>&lt;b&gt;Non è stato possibile leggere {file}.&lt;/b&gt; È stato conservato come {kept}; non è stato eliminato nulla. Ne è stato creato uno nuovo, senza {lost}.</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <location filename="../../mailup_gui/ui/dashboard/pane.py" line="+90"/>
        <source>Try again now</source>
        <translation>Riprova ora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask MailUp again without waiting</source>
        <translation>Interroga di nuovo MailUp senza attendere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watched profile</source>
        <translation>Profilo monitorato</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>s123456_1</source>
        <translation>s123456_1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look up one SMTP+ user</source>
        <translation>Cerca un utente SMTP+</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type an SMTP+ username (sNNNNN_NN) and press Enter to ask MailUp for its state now</source>
        <translation>Digita un nome utente SMTP+ (sNNNNN_NN) e premi Invio per chiedere subito a MailUp il suo stato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Look-up result</source>
        <translation>Risultato della ricerca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Look up:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter: username, note, domain, sender, ID…</source>
        <translation>Filtra: nome utente, nota, dominio, mittente, ID…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter users</source>
        <translation>Filtra gli utenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only users whose fields contain this text</source>
        <translation>Mostra solo gli utenti i cui campi contengono questo testo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status filter</source>
        <translation>Filtro per stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only users in these states</source>
        <translation>Mostra solo gli utenti in questi stati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All states</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot send (blocked or disabled)</source>
        <translation>Non possono inviare (bloccati o disattivati)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Attivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked until a date</source>
        <translation>Bloccati fino a una data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked by admin</source>
        <translation>Bloccati dall&apos;amministratore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Disattivati</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Polling interval in seconds</source>
        <translation>Intervallo di controllo in secondi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often to ask MailUp for the users&apos; states (at least {minimum} s; five times slower while the window is minimised)</source>
        <translation>Ogni quanto chiedere a MailUp lo stato degli utenti (almeno {minimum} s; cinque volte più di rado mentre la finestra è ridotta a icona)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh now</source>
        <translation>&amp;Aggiorna ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh now</source>
        <translation>Aggiorna ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask MailUp for every user&apos;s state now (F5)</source>
        <translation>Chiedi subito a MailUp lo stato di ogni utente (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV</source>
        <translation>Esporta CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the users shown, in this order, as a CSV file</source>
        <translation>Salva gli utenti mostrati, in quest&apos;ordine, come file CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status &amp;log</source>
        <translation>&amp;Registro degli stati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the status log</source>
        <translation>Apri il registro degli stati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the file that records every change of state: {path}</source>
        <translation>Apri il file che registra ogni cambio di stato: {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Every</source>
        <translation>&amp;Ogni</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>SMTP+ users</source>
        <translation>Utenti SMTP+</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every SMTP+ user of this profile&apos;s List; click a column to sort, select a user for details</source>
        <translation>Tutti gli utenti SMTP+ della Lista di questo profilo; fai clic su una colonna per ordinare, seleziona un utente per i dettagli</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last updated</source>
        <translation>Ultimo aggiornamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User details</source>
        <translation>Dettagli utente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every field of the selected user and what its state means</source>
        <translation>Tutti i campi dell&apos;utente selezionato e il significato del suo stato</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No profile: add one with File ▸ Profiles…</source>
        <translation>Nessun profilo: aggiungine uno da File ▸ Profili…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMTP+ users of the List of &lt;b&gt;{user}&lt;/b&gt; · profile “{name}”</source>
        <translation>Utenti SMTP+ della Lista di &lt;b&gt;{user}&lt;/b&gt; · profilo “{name}”</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Updated {time} · %n users</source>
        <translation>
            <numerusform>Aggiornato alle {time} · %n utente</numerusform>
            <numerusform>Aggiornato alle {time} · %n utenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+172"/>
        <source>Exported %n users to {path}</source>
        <translation>
            <numerusform>Esportato %n utente in {path}</numerusform>
            <numerusform>Esportati %n utenti in {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-167"/>
        <source>checking…</source>
        <translation>controllo in corso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for the local sandbox to start…</source>
        <translation>in attesa che la sandbox locale si avvii…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>next check at {time}</source>
        <translation>prossimo controllo alle {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked yet</source>
        <translation>Non ancora controllato</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Polling is paused: asking again will not help until this is fixed. Press “Try again now” once it is.</source>
        <translation>Il controllo periodico è in pausa: riprovare non serve finché il problema non è risolto. Premi “Riprova ora” quando lo è.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trying again at {time}; failed attempts in a row: {count}.</source>
        <translation>Nuovo tentativo alle {time}; tentativi falliti di seguito: {count}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;p&gt;Select a user to see every field, what its state means for sending and who can lift a block.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleziona un utente per vedere tutti i campi, cosa significa il suo stato per gli invii e chi può rimuovere un blocco.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An SMTP+ username looks like s123456_1 (from the MailUp console).</source>
        <translation>Un nome utente SMTP+ ha la forma s123456_1 (dalla console di MailUp).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking MailUp about {user}…</source>
        <translation>Richiesta a MailUp su {user}…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;{user}&lt;/b&gt;: {unknown} — MailUp does not list it in this profile&apos;s List (a typo, a deleted user, or a user of another List) · {time}</source>
        <translation>&lt;b&gt;{user}&lt;/b&gt;: {unknown} — MailUp non lo elenca nella Lista di questo profilo (un errore di battitura, un utente eliminato o un utente di un&apos;altra Lista) · {time}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Export SMTP+ users</source>
        <translation>Esporta gli utenti SMTP+</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not export: {error}</source>
        <translation>Impossibile esportare: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No change of state recorded yet ({path}).</source>
        <translation>Nessun cambio di stato ancora registrato ({path}).</translation>
    </message>
</context>
<context>
    <name>DocumentationDialog</name>
    <message>
        <location filename="../../mailup_gui/ui/documentation.py" line="+16"/>
        <source>mailup-gui documentation</source>
        <translation>Documentazione di mailup-gui</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation</source>
        <translation>Documentazione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The documentation is missing from this installation ({path}: {error}).</source>
        <translation>La documentazione manca da questa installazione ({path}: {error}).</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../mailup_gui/ui/send_form/drafts_dialog.py" line="+29"/>
        <source>Drafts</source>
        <translation>Bozze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named drafts</source>
        <translation>Bozze salvate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the selected draft into the editor</source>
        <translation>Carica la bozza selezionata nell&apos;editor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected draft</source>
        <translation>Elimina la bozza selezionata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save current as…</source>
        <translation>&amp;Salva il messaggio attuale come…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the message you are writing under a name</source>
        <translation>Salva con un nome il messaggio che stai scrivendo</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete draft</source>
        <translation>Elimina bozza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the draft “{name}”?</source>
        <translation>Eliminare la bozza “{name}”?</translation>
    </message>
</context>
<context>
    <name>EmailValidator</name>
    <message>
        <location filename="../../mailup_gui/ui/core_texts.py" line="+27"/>
        <source>An email address must have an @-sign.</source>
        <translation>Un indirizzo email deve contenere il simbolo @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something before the @-sign.</source>
        <translation>Prima del simbolo @ deve esserci qualcosa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something after the @-sign.</source>
        <translation>Dopo il simbolo @ deve esserci qualcosa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>La parte dopo il simbolo @ non è valida: dovrebbe contenere un punto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The part after the @-sign is not valid. It is not within a valid top-level domain.</source>
        <translation>La parte dopo il simbolo @ non è valida: non appartiene a un dominio di primo livello valido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An email address cannot have two periods in a row.</source>
        <translation>Un indirizzo email non può contenere due punti di seguito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot start with a period.</source>
        <translation>Un indirizzo email non può iniziare con un punto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot end with a period.</source>
        <translation>Un indirizzo email non può terminare con un punto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot have a period immediately before the @-sign.</source>
        <translation>Un indirizzo email non può avere un punto subito prima del simbolo @.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An email address cannot have a period immediately after the @-sign.</source>
        <translation>Un indirizzo email non può avere un punto subito dopo il simbolo @.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation>Un indirizzo email non può avere un trattino subito dopo il simbolo @.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An email address cannot have a period and a hyphen next to each other.</source>
        <translation>Un indirizzo email non può avere un punto e un trattino uno accanto all&apos;altro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The email address contains an invalid character.</source>
        <translation>L&apos;indirizzo email contiene un carattere non valido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email address contains invalid characters before the @-sign: {chars}.</source>
        <translation>L&apos;indirizzo email contiene caratteri non validi prima del simbolo @: {chars}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part after the @-sign contains invalid characters: {chars}.</source>
        <translation>La parte dopo il simbolo @ contiene caratteri non validi: {chars}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The part after the @-sign is a special-use or reserved name that cannot be used with email.</source>
        <translation>La parte dopo il simbolo @ è un nome riservato o per usi speciali che non si può usare per l&apos;email.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A bracketed IP address after the @-sign is not allowed here.</source>
        <translation>Qui non è consentito un indirizzo IP tra parentesi quadre dopo il simbolo @.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quoting the part before the @-sign is not allowed here.</source>
        <translation>Qui non è consentito racchiudere tra virgolette la parte prima del simbolo @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A display name and angle brackets around the email address are not permitted here.</source>
        <translation>Qui non sono consentiti un nome visualizzato e le parentesi angolari intorno all&apos;indirizzo email.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There can&apos;t be anything after the email address.</source>
        <translation>Dopo l&apos;indirizzo email non può esserci nient&apos;altro.</translation>
    </message>
</context>
<context>
    <name>EndpointBadge</name>
    <message>
        <location filename="../../mailup_gui/ui/widgets/badge.py" line="+13"/>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sends go to the local sandbox on this computer: nothing leaves it.</source>
        <translation>Gli invii vanno alla sandbox locale su questo computer: non esce nulla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PRODUCTION</source>
        <translation>PRODUZIONE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sends go to MailUp for real and reach real recipients.</source>
        <translation>Gli invii vanno davvero a MailUp e raggiungono destinatari reali.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CUSTOM URL</source>
        <translation>URL PERSONALIZZATO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sends go to the base URL set in this profile.</source>
        <translation>Gli invii vanno all&apos;URL di base impostato in questo profilo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Endpoint: {badge}</source>
        <translation>Endpoint: {badge}</translation>
    </message>
</context>
<context>
    <name>EnvelopeForm</name>
    <message>
        <location filename="../../mailup_gui/ui/send_form/envelope.py" line="+35"/>
        <source>Sender name</source>
        <translation>Nome del mittente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: the name recipients see</source>
        <translation>Mittente: il nome che vedono i destinatari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From name</source>
        <translation>Nome del mittente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sender@example.com</source>
        <translation>mittente@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From: an authorised sender or domain of the SMTP+ user</source>
        <translation>Mittente: un mittente o dominio autorizzato dell&apos;utente SMTP+</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From address</source>
        <translation>Indirizzo del mittente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use the profile&apos;s default From</source>
        <translation>Usa il mittente predefinito del profilo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bcc</source>
        <translation>Ccn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply-To: one address. A Reply-To different from From must be enabled by MailUp support.</source>
        <translation>Reply-To: un solo indirizzo. Un Reply-To diverso dal mittente deve essere abilitato dall&apos;assistenza MailUp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply-To</source>
        <translation>Reply-To</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subject; [merge tags] are filled from the values in Options</source>
        <translation>Oggetto; i [campi dinamici] vengono compilati con i valori in Opzioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CharSet of the message; utf-8 unless you know better</source>
        <translation>CharSet del messaggio; utf-8 se non hai motivi per cambiarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CharSet</source>
        <translation>CharSet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Mittente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;To</source>
        <translation>&amp;A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cc</source>
        <translation>&amp;Cc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Bcc</source>
        <translation>Cc&amp;n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reply-To</source>
        <translation>&amp;Reply-To</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subject</source>
        <translation>&amp;Oggetto</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Use {address}</source>
        <translation>Usa {address}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile&apos;s default From: {address}</source>
        <translation>Il mittente predefinito del profilo: {address}</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>C&amp;harSet</source>
        <translation>C&amp;harSet</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/ui/send_form/sender_check.py" line="+24"/>
        <source>{address} is not among the senders or domains MailUp allows for {user}: MailUp will refuse the send (code 102). Allowed: {senders} {domains}</source>
        <translation>{address} non è tra i mittenti o i domini che MailUp consente a {user}: MailUp rifiuterà l&apos;invio (codice 102). Consentiti: {senders} {domains}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../mailup_gui/ui/errors.py" line="+32"/>
        <source>Something went wrong: {error}

Nothing you typed was lost. Details were written to {log}.</source>
        <translation>Si è verificato un errore: {error}

Non è andato perso nulla di ciò che hai digitato. I dettagli sono stati scritti in {log}.</translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <location filename="../../mailup_gui/ui/describe.py" line="+107"/>
        <source>first</source>
        <translation>primo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second</source>
        <translation>secondo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>third</source>
        <translation>terzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fourth</source>
        <translation>quarto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fifth</source>
        <translation>quinto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sixth</source>
        <translation>sesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seventh</source>
        <translation>settimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eighth</source>
        <translation>ottavo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ninth</source>
        <translation>nono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tenth</source>
        <translation>decimo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no. {n}</source>
        <translation>n. {n}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the name of the {ordinal} {member} address</source>
        <translation>il nome del {ordinal} indirizzo {member}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the {ordinal} {member} address</source>
        <translation>il {ordinal} indirizzo {member}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the name of header {n}</source>
        <translation>il nome dell&apos;intestazione {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the value of header {n}</source>
        <translation>il valore dell&apos;intestazione {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name of merge tag {n}</source>
        <translation>il nome del campo dinamico {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the value of merge tag {n}</source>
        <translation>il valore del campo dinamico {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name of attachment {n}</source>
        <translation>il nome dell&apos;allegato {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Content-ID of attachment {n}</source>
        <translation>il Content-ID dell&apos;allegato {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachment {n}</source>
        <translation>l&apos;allegato {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name of embedded image {n}</source>
        <translation>il nome dell&apos;immagine incorporata {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Content-ID of embedded image {n}</source>
        <translation>il Content-ID dell&apos;immagine incorporata {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embedded image {n}</source>
        <translation>l&apos;immagine incorporata {n}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>the From address</source>
        <translation>l&apos;indirizzo del mittente (From)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the From name</source>
        <translation>il nome del mittente (From)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Reply-To address</source>
        <translation>l&apos;indirizzo Reply-To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the recipients</source>
        <translation>i destinatari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Subject</source>
        <translation>l&apos;oggetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Schedule</source>
        <translation>la programmazione (Schedule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Priority</source>
        <translation>la priorità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the TemplateId</source>
        <translation>il TemplateId</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the CharSet</source>
        <translation>il CharSet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the CampaignCode</source>
        <translation>il CampaignCode</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../mailup_gui/ui/widgets/file_dialogs.py" line="+54"/>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save {path}: {error}</source>
        <translation>Impossibile salvare {path}: {error}</translation>
    </message>
</context>
<context>
    <name>FilePartsEditor</name>
    <message>
        <location filename="../../mailup_gui/ui/widgets/file_parts.py" line="+51"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size in the request</source>
        <translation>Dimensione nella richiesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ContentId</source>
        <translation>ContentId</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>embedded images</source>
        <translation>immagini incorporate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attachments</source>
        <translation>allegati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop files here, or use Add…</source>
        <translation>Trascina qui i file oppure usa Aggiungi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose files to add as {what}</source>
        <translation>Scegli i file da aggiungere come {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected files</source>
        <translation>Rimuovi i file selezionati</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Add embedded images</source>
        <translation>Aggiungi immagini incorporate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add attachments</source>
        <translation>Aggiungi allegati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg);;All files (*)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.gif *.webp *.svg);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A file could not be read: {error}</source>
        <translation>Impossibile leggere un file: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reference it in the HTML as src=&quot;cid:{cid}&quot;</source>
        <translation>Richiamala nell&apos;HTML come src=&quot;cid:{cid}&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n file</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, {size} ({encoded} in the request)</source>
        <translation>, {size} ({encoded} nella richiesta)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> — reading %n file(s)…</source>
        <translation>
            <numerusform> — lettura di %n file…</numerusform>
            <numerusform> — lettura di %n file…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormChecks</name>
    <message>
        <location filename="../../mailup_gui/ui/send_form/checks.py" line="+21"/>
        <source>Merge tags without a value: {tags}</source>
        <translation>Campi dinamici senza valore: {tags}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files total {size}, over MailUp&apos;s 10 MB: the send may be refused</source>
        <translation>I file occupano in tutto {size}, oltre i 10 MB di MailUp: l&apos;invio potrebbe essere rifiutato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A Reply-To different from From must be enabled by MailUp support, or MailUp ignores it.</source>
        <translation>Un Reply-To diverso dal mittente deve essere abilitato dall&apos;assistenza MailUp, altrimenti MailUp lo ignora.</translation>
    </message>
</context>
<context>
    <name>HeadersTable</name>
    <message>
        <location filename="../../mailup_gui/ui/outbox/message_view/headers.py" line="+21"/>
        <source>Header</source>
        <translation>Intestazione MailUp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Headers of the message</source>
        <translation>Intestazioni del messaggio</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{value}  (dropped: MailUp does not send this header)</source>
        <translation>{value}  (scartata: MailUp non invia questa intestazione)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An extended header MailUp has not approved for this account: it is removed from the message and recipients never see it</source>
        <translation>Un&apos;intestazione estesa che MailUp non ha approvato per questo account: viene tolta dal messaggio e i destinatari non la vedono mai</translation>
    </message>
</context>
<context>
    <name>HtmlPartsEditor</name>
    <message>
        <location filename="../../mailup_gui/ui/send_form/html_editor.py" line="+67"/>
        <source>DocType: the document type declaration (optional)</source>
        <translation>DocType: la dichiarazione del tipo di documento (facoltativa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>DocType</source>
        <translation>DocType</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>BodyTag: the opening &lt;body&gt; tag with its attributes; empty means &lt;body&gt;</source>
        <translation>BodyTag: il tag &lt;body&gt; di apertura con i suoi attributi; se vuoto vale &lt;body&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>BodyTag</source>
        <translation>BodyTag</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&lt;meta charset=&quot;utf-8&quot;&gt;&lt;style&gt;…&lt;/style&gt;</source>
        <translation>&lt;meta charset=&quot;utf-8&quot;&gt;&lt;style&gt;…&lt;/style&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head: what goes inside &lt;head&gt; (styles, meta tags)</source>
        <translation>Head: ciò che va dentro &lt;head&gt; (stili, meta tag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>What goes inside &lt;body&gt;. Paste a whole document and it is split into its parts.</source>
        <translation>Ciò che va dentro &lt;body&gt;. Incolla un documento intero e verrà suddiviso nelle sue parti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body: only what goes inside &lt;body&gt;</source>
        <translation>Body: solo ciò che va dentro &lt;body&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML body</source>
        <translation>Corpo HTML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open HTML file…</source>
        <translation>Apri file HTML…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load an .html file; it is split into DocType, Head, BodyTag and Body</source>
        <translation>Carica un file .html; viene suddiviso in DocType, Head, BodyTag e Body</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>Open HTML file</source>
        <translation>Apri file HTML</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The document was split into DocType, Head, BodyTag and Body.</source>
        <translation>Il documento è stato suddiviso in DocType, Head, BodyTag e Body.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTML (*.html *.htm);;All files (*)</source>
        <translation>HTML (*.html *.htm);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read {file}: {error}</source>
        <translation>Impossibile leggere {file}: {error}</translation>
    </message>
</context>
<context>
    <name>HtmlView</name>
    <message>
        <location filename="../../mailup_gui/ui/preview/html_view.py" line="+43"/>
        <source>Load remote content once</source>
        <translation>Carica i contenuti remoti una volta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this email&apos;s remote images and fonts for this view only. The sender can see that the email was opened, and from where.</source>
        <translation>Mostra immagini e caratteri remoti di questa email solo per questa visualizzazione. Il mittente può vedere che l&apos;email è stata aperta, e da dove.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simplified preview: Qt WebEngine is not available, so layout, fonts and colours are only approximated.</source>
        <translation>Anteprima semplificata: Qt WebEngine non è disponibile, quindi impaginazione, caratteri e colori sono solo approssimati.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+39"/>
        <source>Email as the recipient sees it</source>
        <translation>L&apos;email come la vede il destinatario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dark modes need Qt WebEngine, which is not available</source>
        <translation>Le modalità scure richiedono Qt WebEngine, che non è disponibile</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n remote image(s) or other file(s) blocked.</source>
        <translation>
            <numerusform>%n immagine o altro file remoto bloccato.</numerusform>
            <numerusform>%n immagini o altri file remoti bloccati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxLinePanel</name>
    <message>
        <location filename="../../mailup_gui/ui/preview/inbox_line.py" line="+23"/>
        <source>Inbox line</source>
        <translation>Riga in elenco</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inbox line on a phone</source>
        <translation>Riga nella posta in arrivo su un telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox line on a desktop</source>
        <translation>Riga nella posta in arrivo su un computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desktop</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The preheader is the body&apos;s first text, a hidden preheader element included. Phones cut the subject at about {subject} and the preheader at about {preheader} characters; desktop lists share one line of about {line}.</source>
        <translation>Il preheader è il primo testo del corpo, compreso un elemento preheader nascosto. I telefoni tagliano l&apos;oggetto a circa {subject} caratteri e il preheader a circa {preheader}; gli elenchi sul computer li mettono su una riga di circa {line}.</translation>
    </message>
</context>
<context>
    <name>JournalPane</name>
    <message>
        <location filename="../../mailup_gui/ui/journal/pane.py" line="+61"/>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Programmato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome unknown</source>
        <translation>Esito sconosciuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent (refused locally)</source>
        <translation>Non inviato (rifiutato localmente)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search subject, recipients, profile, code, message…</source>
        <translation>Cerca oggetto, destinatari, profilo, codice, messaggio…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the journal</source>
        <translation>Cerca nel registro invii</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every word must appear in the subject, a recipient, the profile, MailUp&apos;s code or its message</source>
        <translation>Ogni parola deve comparire nell&apos;oggetto, in un destinatario, nel profilo, nel codice di MailUp o nel suo messaggio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Journal status</source>
        <translation>Stato del registro invii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen as &amp;new draft</source>
        <translation>Riapri come &amp;nuova bozza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected send as a new message to edit and send again; the journal entry stays as it is</source>
        <translation>Apri l&apos;invio selezionato come nuovo messaggio da modificare e inviare di nuovo; la voce del registro resta com&apos;è</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+140"/>
        <source>Time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <location line="-136"/>
        <location line="+137"/>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+139"/>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+145"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+143"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+145"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Send attempts, newest first</source>
        <translation>Tentativi di invio, dal più recente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every send attempt; select one to see all of it</source>
        <translation>Tutti i tentativi di invio; selezionane uno per vederlo per intero</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details of the selected send</source>
        <translation>Dettagli dell&apos;invio selezionato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request sent, without the secret</source>
        <translation>Richiesta inviata, senza la password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON that was sent; the secret and the attachments&apos; base64 are not kept</source>
        <translation>Il JSON inviato; la password e il base64 degli allegati non vengono conservati</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n send attempt(s).</source>
        <translation>
            <numerusform>%n tentativo di invio.</numerusform>
            <numerusform>%n tentativi di invio.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing matches “{text}”.</source>
        <translation>Nessun risultato per “{text}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sends yet. Every send from Compose and Templates is recorded here with MailUp&apos;s answer; secrets are never stored.</source>
        <translation>Ancora nessun invio. Ogni invio da Scrivi e Modelli viene registrato qui con la risposta di MailUp; le password non vengono mai memorizzate.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the journal: {error}</source>
        <translation>Impossibile leggere il registro invii: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a send to see everything recorded about it.</source>
        <translation>Seleziona un invio per vedere tutto ciò che è stato registrato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+138"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>SMTP+ relay</source>
        <translation>Relay SMTP+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>{method} · template {id}</source>
        <translation>{method} · modello {id}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bcc</source>
        <translation>Ccn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status</source>
        <translation>Stato HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MailUp says</source>
        <translation>Risposta di MailUp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test data</source>
        <translation>Dati di prova</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>MIME message</source>
        <translation>Messaggio MIME</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Template {id} “{label}”</source>
        <translation>Modello {id} “{label}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {id}</source>
        <translation>Modello {id}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mailup_gui/ui/main_window.py" line="+71"/>
        <source>Active endpoint</source>
        <translation>Endpoint attivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profili…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, edit or delete profiles (Ctrl+Shift+P)</source>
        <translation>Aggiungi, modifica o elimina i profili (Ctrl+Maiusc+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Verifica connessione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask MailUp about the active profile&apos;s SMTP+ user (Ctrl+T)</source>
        <translation>Chiedi a MailUp dell&apos;utente SMTP+ del profilo attivo (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Screen-share mode</source>
        <translation>Modalità &amp;condivisione schermo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide secrets, SMTP+ usernames and recipient addresses (Ctrl+Shift+H)</source>
        <translation>Nascondi password, nomi utente SMTP+ e indirizzi dei destinatari (Ctrl+Maiusc+H)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/ui/menus.py" line="+55"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Benvenuto</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/ui/main_window.py" line="+3"/>
        <source>&amp;About mailup-gui</source>
        <translation>&amp;Informazioni su mailup-gui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Profile: </source>
        <translation> Profilo: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account you are working on</source>
        <translation>L&apos;account su cui stai lavorando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active profile</source>
        <translation>Profilo attivo</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/ui/window_notices.py" line="+51"/>
        <source>Check again</source>
        <translation>Ricontrolla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/ui/main_window.py" line="+24"/>
        <source>Panes</source>
        <translation>Pannelli</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compose</source>
        <translation>Scrivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Local sandbox</source>
        <translation>Sandbox locale</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/ui/about.py" line="-58"/>
        <source>this session only (no usable keyring)</source>
        <translation>solo per questa sessione (nessun portachiavi utilizzabile)</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/ui/main_window.py" line="-168"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Outbox</source>
        <translation>Posta in uscita</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Journal</source>
        <translation>Registro invii</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/ui/menus.py" line="-29"/>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferenze…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language, theme, polling interval and default folder (Ctrl+,)</source>
        <translation>Lingua, tema, intervallo di aggiornamento e cartella predefinita (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user guide shipped with the app (F1)</source>
        <translation>La guida d&apos;uso inclusa nell&apos;app (F1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/ui/main_window.py" line="+153"/>
        <source>No profile: add one with File ▸ Profiles…</source>
        <translation>Nessun profilo: aggiungine uno da File ▸ Profili…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{url} · SMTP+ user {user}</source>
        <translation>{url} · utente SMTP+ {user}</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Secrets: {where}</source>
        <translation>Password: {where}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrets: this session only</source>
        <translation>Password: solo per questa sessione</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/ui/window_notices.py" line="+9"/>
        <source>&lt;b&gt;No usable system keyring.&lt;/b&gt; {why} Secrets you enter are kept in memory for this session only, and only if you choose so — never written to a file.</source>
        <translation>&lt;b&gt;Nessun portachiavi di sistema utilizzabile.&lt;/b&gt; {why} Le password inserite restano in memoria solo per questa sessione, e solo se lo scegli tu — mai scritte in un file.</translation>
    </message>
</context>
<context>
    <name>MergeDataPage</name>
    <message>
        <location filename="../../mailup_gui/ui/templates/merge_data_page.py" line="+55"/>
        <source>Type the values in &lt;a href=&apos;#merge-tags&apos;&gt;Options and merge tags&lt;/a&gt;, then save them here as a set to use again.</source>
        <translation>Scrivi i valori in &lt;a href=&apos;#merge-tags&apos;&gt;Opzioni e campi dinamici&lt;/a&gt;, poi salvali qui come set da riusare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to type test values</source>
        <translation>Dove scrivere i valori di prova</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test-data sets of this template</source>
        <translation>Set di dati di prova di questo modello</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Named merge-tag values for this template; double-click one to apply it</source>
        <translation>Valori dei campi dinamici con nome per questo modello; fai doppio clic su uno per applicarlo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Values of the selected set</source>
        <translation>Valori del set selezionato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test data in use</source>
        <translation>Dati di prova in uso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test data result</source>
        <translation>Esito dei dati di prova</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply</source>
        <translation>&amp;Usa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected set&apos;s values into the merge tags (Options &amp;&amp; merge tags)</source>
        <translation>Inserisci i valori del set selezionato nei campi dinamici (Opzioni e campi dinamici)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save values as…</source>
        <translation>Salva i valori come…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the merge-tag values typed now as a named set</source>
        <translation>Salva i valori dei campi dinamici digitati ora come set con nome</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a set from a .csv file (header row tag,value) or a .json file ({&quot;name&quot;: …, &quot;values&quot;: {tag: value}})</source>
        <translation>Aggiungi un set da un file .csv (riga di intestazione tag,value) o da un file .json ({&quot;name&quot;: …, &quot;values&quot;: {tag: value}})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected set as .csv or .json</source>
        <translation>Salva il set selezionato come .csv o .json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected set</source>
        <translation>Elimina il set selezionato</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Test data of template {id}, kept on this computer for this profile.</source>
        <translation>Dati di prova del modello {id}, conservati su questo computer per questo profilo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a TemplateId: test data is kept per template.</source>
        <translation>Inserisci un TemplateId: i dati di prova sono conservati per modello.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The values were edited after “{name}” was applied: the journal records no set.</source>
        <translation>I valori sono stati modificati dopo l&apos;applicazione di “{name}”: il registro invii non registra alcun set.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In use: “{name}” (recorded in the journal with each send).</source>
        <translation>In uso: “{name}” (registrato nel registro invii con ogni invio).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There are no merge-tag values to save yet.</source>
        <translation>Non ci sono ancora valori dei campi dinamici da salvare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test data</source>
        <translation>Dati di prova</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Save test data</source>
        <translation>Salva i dati di prova</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Set name:</source>
        <translation>Nome del set:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replace the set “{name}”?</source>
        <translation>Sostituire il set “{name}”?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved the set “{name}”.</source>
        <translation>Set “{name}” salvato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import test data</source>
        <translation>Importa dati di prova</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test data (*.csv *.json);;{filters}</source>
        <translation>Dati di prova (*.csv *.json);;{filters}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported “{name}”, replacing the set of that name.</source>
        <translation>Importato “{name}”, sostituendo il set con quel nome.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported “{name}”.</source>
        <translation>Importato “{name}”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export test data</source>
        <translation>Esporta dati di prova</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exported “{name}” to {path}.</source>
        <translation>Esportato “{name}” in {path}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete test data</source>
        <translation>Elimina dati di prova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the set “{name}”?</source>
        <translation>Eliminare il set “{name}”?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted the set “{name}”.</source>
        <translation>Set “{name}” eliminato.</translation>
    </message>
</context>
<context>
    <name>MergeValues</name>
    <message>
        <location filename="../../mailup_gui/ui/widgets/option_editors.py" line="+122"/>
        <source>Merge tag</source>
        <translation>Campo dinamico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
</context>
<context>
    <name>MessageForm</name>
    <message>
        <location filename="../../mailup_gui/ui/send_form/form.py" line="+84"/>
        <source>Header</source>
        <translation>Intestazione MailUp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ExtendedHeaders: MailUp only adds headers it has approved; others are dropped silently</source>
        <translation>ExtendedHeaders: MailUp aggiunge solo le intestazioni che ha approvato; le altre vengono scartate senza avviso</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message parts</source>
        <translation>Parti del messaggio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Headers</source>
        <translation>Intestazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embedded images</source>
        <translation>Immagini incorporate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options &amp;&amp; merge tags</source>
        <translation>Opzioni e campi dinamici</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checks</source>
        <translation>Controlli</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the Journal</source>
        <translation>Apri il registro invii</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New</source>
        <translation>Nuo&amp;vo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new message (Ctrl+N)</source>
        <translation>Inizia un nuovo messaggio (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Drafts…</source>
        <translation>&amp;Bozze…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this message under a name, or open one</source>
        <translation>Salva questo messaggio con un nome, o aprine uno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open request…</source>
        <translation>A&amp;pri richiesta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a request saved as .json as a new draft</source>
        <translation>Apri una richiesta salvata come .json come nuova bozza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Inspect request…</source>
        <translation>&amp;Ispeziona richiesta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exact JSON that will be sent, and code to send it (cURL, Python, C#)</source>
        <translation>Il JSON esatto che verrà inviato e il codice per inviarlo (cURL, Python, C#)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+97"/>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Send through {method} (Ctrl+Enter)</source>
        <translation>Invia tramite {method} (Ctrl+Invio)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP+ relay</source>
        <translation>Relay SMTP+</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Send through</source>
        <translation>Invia tramite</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Send through MailUp&apos;s transactional API, or through its SMTP+ relay: the same message as MIME, its options in one X-SMTPAPI header. Remembered per profile.</source>
        <translation>Invia tramite l&apos;API transazionale di MailUp oppure tramite il suo relay SMTP+: lo stesso messaggio in formato MIME, con le opzioni in un&apos;unica intestazione X-SMTPAPI. La scelta viene ricordata per ogni profilo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API only</source>
        <translation>Solo API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API only: MailUp&apos;s SMTP+ relay cannot send stored templates</source>
        <translation>Solo API: il relay SMTP+ di MailUp non può inviare i template memorizzati</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not sent: &lt;b&gt;{field}&lt;/b&gt;: {problem}</source>
        <translation>Non inviato: &lt;b&gt;{field}&lt;/b&gt;: {problem}</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/ui/send_form/request_actions.py" line="+76"/>
        <source>Open a saved request</source>
        <translation>Apri una richiesta salvata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <location filename="../../mailup_gui/ui/preview/widget.py" line="+61"/>
        <source>Sender and subject as the recipient sees them</source>
        <translation>Mittente e oggetto come li vede il destinatario</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Message parts</source>
        <translation>Parti del messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The HTML part, rendered as a mail app would</source>
        <translation>La parte HTML, visualizzata come farebbe un programma di posta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plain-text part</source>
        <translation>La parte di testo semplice</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>From</source>
        <translation>Mittente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Merge tags without a value: {tags}. MailUp delivers them as written (marked here): give them a value in Options, or send them as they are.</source>
        <translation>Campi dinamici senza valore: {tags}. MailUp li consegna così come sono scritti (evidenziati qui): assegna loro un valore in Opzioni, oppure inviali così.</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../mailup_gui/ui/outbox/message_view/view.py" line="+45"/>
        <source>Sender, recipients and subject</source>
        <translation>Mittente, destinatari e oggetto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This message has no text part.</source>
        <translation>Questo messaggio non ha una parte di testo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text part of the message</source>
        <translation>Parte di testo del messaggio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message view</source>
        <translation>Vista del messaggio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The HTML part, as a mail app shows it</source>
        <translation>La parte HTML, come la mostra un&apos;app di posta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The plain-text part</source>
        <translation>La parte di testo semplice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headers</source>
        <translation>Intestazioni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every header of the message</source>
        <translation>Tutte le intestazioni del messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attached and inline files</source>
        <translation>File allegati e incorporati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The XSmtpAPI options of the request</source>
        <translation>Le opzioni XSmtpAPI della richiesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw</source>
        <translation>Sorgente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The MIME source (.eml)</source>
        <translation>Il sorgente MIME (.eml)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading the message…</source>
        <translation>Caricamento del messaggio…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>From</source>
        <translation>Mittente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bcc</source>
        <translation>Ccn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>NameValueTable</name>
    <message>
        <location filename="../../mailup_gui/ui/widgets/name_value_table.py" line="+46"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add a row</source>
        <translation>Aggiungi una riga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Remove the selected rows</source>
        <translation>Rimuovi le righe selezionate</translation>
    </message>
</context>
<context>
    <name>NoticeArea</name>
    <message>
        <location filename="../../mailup_gui/ui/widgets/notice_area.py" line="+162"/>
        <source>Notices</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Show fewer</source>
        <translation>Mostra meno</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n altro</numerusform>
            <numerusform>+%n altri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeRow</name>
    <message>
        <location line="-162"/>
        <location line="+91"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Show the whole message</source>
        <translation>Mostra il messaggio per intero</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Chiudi questo messaggio</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Less</source>
        <translation>Meno</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../mailup_gui/ui/dashboard/notifier.py" line="+40"/>
        <source>{count} more SMTP+ users changed state</source>
        <translation>Altri {count} utenti SMTP+ hanno cambiato stato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile “{profile}”: see the Dashboard and the status log.</source>
        <translation>Profilo “{profile}”: vedi la Dashboard e il registro degli stati.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{user} is no longer listed</source>
        <translation>{user} non è più elencato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MailUp stopped listing it: deleted, or moved to another List. Profile “{profile}”.</source>
        <translation>MailUp ha smesso di elencarlo: eliminato o spostato in un&apos;altra Lista. Profilo “{profile}”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{user}: {state}</source>
        <translation>{user}: {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was {old}. {meaning}. Profile “{profile}”.</source>
        <translation>Prima: {old}. {meaning}. Profilo “{profile}”.</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <location filename="../../mailup_gui/ui/widgets/open_file.py" line="+34"/>
        <location line="+22"/>
        <source>Not opened</source>
        <translation>Non aperto</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No application on this computer opened {name}.</source>
        <translation>Nessuna applicazione di questo computer ha aperto {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It is in {folder}. Save a copy where you want it, or show its folder.</source>
        <translation>Si trova in {folder}. Salvane una copia dove vuoi, o mostra la sua cartella.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save &amp;as…</source>
        <translation>S&amp;alva come…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show in &amp;folder</source>
        <translation>Mostra nella &amp;cartella</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save a copy</source>
        <translation>Salva una copia</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No file manager</source>
        <translation>Nessun gestore di file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file manager opened the folder. The file&apos;s path is on the clipboard:
{path}</source>
        <translation>Nessun gestore di file ha aperto la cartella. Il percorso del file è negli appunti:
{path}</translation>
    </message>
</context>
<context>
    <name>OptionsTab</name>
    <message>
        <location filename="../../mailup_gui/ui/outbox/message_view/options.py" line="+40"/>
        <source>Sent with</source>
        <translation>Inviato con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP+ user</source>
        <translation>Utente SMTP+</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge tag</source>
        <translation>Campo dinamico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge values of the request</source>
        <translation>Valori dei campi dinamici della richiesta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not given (the SMTP+ user&apos;s default)</source>
        <translation>non indicato (il predefinito dell&apos;utente SMTP+)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{method}, template {id}</source>
        <translation>{method}, modello {id}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>OutboxPane</name>
    <message>
        <location filename="../../mailup_gui/ui/outbox/pane.py" line="+56"/>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP+ user</source>
        <translation>Utente SMTP+</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Messages received by the sandbox</source>
        <translation>Messaggi ricevuti dalla sandbox</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search subject or recipient</source>
        <translation>Cerca per oggetto o destinatario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the outbox</source>
        <translation>Cerca nella posta in uscita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only messages whose subject or a recipient contains this</source>
        <translation>Mostra solo i messaggi il cui oggetto o un destinatario contiene questo testo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The outbox lists what the local sandbox received. This profile sends to MailUp production: its sends will be in the Journal.</source>
        <translation>La posta in uscita elenca ciò che la sandbox locale ha ricevuto. Questo profilo invia all&apos;ambiente di produzione di MailUp: i suoi invii saranno nel registro invii.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>The local sandbox is starting…</source>
        <translation>La sandbox locale si sta avviando…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Showing {shown} of %n message(s).</source>
        <translation>
            <numerusform>Mostrato {shown} di %n messaggio.</numerusform>
            <numerusform>Mostrati {shown} di %n messaggi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n message(s) in the sandbox outbox.</source>
        <translation>
            <numerusform>%n messaggio nella posta in uscita della sandbox.</numerusform>
            <numerusform>%n messaggi nella posta in uscita della sandbox.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Could not read the message: {error}</source>
        <translation>Impossibile leggere il messaggio: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no subject)</source>
        <translation>(senza oggetto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete message</source>
        <translation>Elimina messaggio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{subject}” (to {recipients}) from the sandbox&apos;s outbox? This cannot be undone.</source>
        <translation>Eliminare «{subject}» (a {recipients}) dalla posta in uscita della sandbox? Non si può annullare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear the outbox</source>
        <translation>Svuota la posta in uscita</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete all %n message(s) from the sandbox&apos;s outbox? This cannot be undone.</source>
        <translation>
            <numerusform>Eliminare %n messaggio dalla posta in uscita della sandbox? Non si può annullare.</numerusform>
            <numerusform>Eliminare tutti i %n messaggi dalla posta in uscita della sandbox? Non si può annullare.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De&amp;lete all</source>
        <translation>E&amp;limina tutti</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>scheduled for {time}</source>
        <translation>programmato per {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>queued</source>
        <translation>in coda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scheduled</source>
        <translation>programmato</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Nothing sent to the sandbox yet.</source>
        <translation>Ancora nessun invio alla sandbox.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Read the sandbox&apos;s outbox again (F5); new messages also appear by themselves</source>
        <translation>Rileggi la posta in uscita della sandbox (F5); i nuovi messaggi compaiono anche da soli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected message from the sandbox (Del)</source>
        <translation>Elimina dalla sandbox il messaggio selezionato (Canc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear all…</source>
        <translation>S&amp;vuota…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every message in the sandbox&apos;s outbox</source>
        <translation>Elimina tutti i messaggi della posta in uscita della sandbox</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Could not read the sandbox outbox: {error}</source>
        <translation>Impossibile leggere la posta in uscita della sandbox: {error}</translation>
    </message>
</context>
<context>
    <name>OutboxWatcher</name>
    <message numerus="yes">
        <location filename="../../mailup_gui/ui/outbox/watcher.py" line="+94"/>
        <source>{title} (%n)</source>
        <translation>
            <numerusform>{title} (%n)</numerusform>
            <numerusform>{title} (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new message(s) not opened yet</source>
        <translation>
            <numerusform>%n messaggio nuovo non ancora aperto</numerusform>
            <numerusform>%n messaggi nuovi non ancora aperti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../mailup_gui/ui/preferences.py" line="+44"/>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polling interval in seconds</source>
        <translation>Intervallo di controllo in secondi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often the Dashboard asks MailUp for the SMTP+ users&apos; state</source>
        <translation>Ogni quanto la Dashboard chiede a MailUp lo stato degli utenti SMTP+</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+56"/>
        <source>Default folder</source>
        <translation>Cartella predefinita</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Where save dialogs start the first time; after that each kind of file starts where you last left it</source>
        <translation>Dove si aprono la prima volta le finestre per salvare file; poi ogni tipo di file riparte da dove l&apos;hai lasciato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mask secrets, SMTP+ usernames, addresses and profile names</source>
        <translation>Nascondi password, nomi utente SMTP+, indirizzi e nomi dei profili</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screen-share mode</source>
        <translation>Modalità condivisione schermo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As View ▸ Screen-share mode (Ctrl+Shift+H)</source>
        <translation>Come Visualizza ▸ Modalità condivisione schermo (Ctrl+Maiusc+H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Polling interval:</source>
        <translation>&amp;Intervallo di aggiornamento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;folder:</source>
        <translation>&amp;Cartella predefinita:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Screen-share mode:</source>
        <translation>Modalità &amp;condivisione schermo:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>On OK the window is built again in the new language: your drafts stay as they are, and open dialogs close.</source>
        <translation>Con OK la finestra viene ricostruita nella nuova lingua: le bozze restano come sono e le finestre di dialogo aperte si chiudono.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything here applies as soon as you press OK.</source>
        <translation>Tutto ciò che è qui si applica appena premi OK.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Default folder: “{folder}” is not a folder. Choose one with Browse….</source>
        <translation>Cartella predefinita: «{folder}» non è una cartella. Scegline una con Sfoglia….</translation>
    </message>
</context>
<context>
    <name>PreviewLinks</name>
    <message>
        <location filename="../../mailup_gui/ui/preview/links.py" line="+18"/>
        <location line="+9"/>
        <source>Open link</source>
        <translation>Apri collegamento</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Open this link from the email in your browser?</source>
        <translation>Aprire nel browser questo collegamento presente nell&apos;email?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open in browser</source>
        <translation>&amp;Apri nel browser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open in browser</source>
        <translation>Apri nel browser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not open the link</source>
        <translation>Non aprire il collegamento</translation>
    </message>
</context>
<context>
    <name>PriorityChoice</name>
    <message>
        <location filename="../../mailup_gui/ui/widgets/option_editors.py" line="-61"/>
        <source>Account default</source>
        <translation>Predefinito dell&apos;account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 (highest)</source>
        <translation>1 (la più alta)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 (lowest)</source>
        <translation>5 (la più bassa)</translation>
    </message>
</context>
<context>
    <name>ProfileFormDialog</name>
    <message>
        <location filename="../../mailup_gui/ui/profiles/form_layout.py" line="+44"/>
        <source>Profile name, e.g. the customer&apos;s company</source>
        <translation>Nome del profilo, per esempio l&apos;azienda del cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMTP+ username from the MailUp console, e.g. s123456_1</source>
        <translation>Nome utente SMTP+ dalla console di MailUp, per esempio s123456_1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMTP+ secret (password); stored in the system keyring</source>
        <translation>Password SMTP+; conservata nel portachiavi di sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the secret while typing (off in screen-share mode)</source>
        <translation>Mostra la password durante la digitazione (non disponibile in modalità condivisione schermo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show secret</source>
        <translation>Mostra password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MailUp production</source>
        <translation>MailUp (produzione)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local sandbox (built in)</source>
        <translation>Sandbox locale (integrata)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom base URL</source>
        <translation>URL di base personalizzato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where this profile&apos;s requests go</source>
        <translation>Dove vanno le richieste di questo profilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL, e.g. http://127.0.0.1:8025/API/v2.0/</source>
        <translation>URL di base, per esempio http://127.0.0.1:8025/API/v2.0/</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a production account</source>
        <translation>Questo è un account di produzione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This URL reaches real recipients: the PRODUCTION badge and its confirmations apply</source>
        <translation>Questo URL raggiunge destinatari reali: valgono il badge PRODUZIONE e le sue conferme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default From name for new messages</source>
        <translation>Nome del mittente predefinito per i nuovi messaggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default From address; must be an authorised sender</source>
        <translation>Indirizzo del mittente predefinito; deve essere un mittente autorizzato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default CampaignCode: keeps MailUp statistics grouped</source>
        <translation>CampaignCode predefinito: tiene raggruppate le statistiche di MailUp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test address for “Send to myself”; empty: the From address</source>
        <translation>Indirizzo di prova per “Invia a me stesso”; se vuoto, l&apos;indirizzo del mittente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A colour to tell this profile apart at a glance</source>
        <translation>Un colore per riconoscere questo profilo a colpo d&apos;occhio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile colour</source>
        <translation>Colore del profilo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP+ &amp;username</source>
        <translation>&amp;Utente SMTP+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secret</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endpoint</source>
        <translation>En&amp;dpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base &amp;URL</source>
        <translation>URL di &amp;base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default From na&amp;me</source>
        <translation>Nome &amp;mittente predefinito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default From a&amp;ddress</source>
        <translation>&amp;Indirizzo mittente predefinito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;CampaignCode</source>
        <translation>&amp;CampaignCode predefinito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test add&amp;ress</source>
        <translation>Indiri&amp;zzo di prova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;lour</source>
        <translation>Co&amp;lore</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Verifica connessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask MailUp (ListUserInfo) about this profile&apos;s SMTP+ user</source>
        <translation>Chiedi a MailUp (ListUserInfo) dell&apos;utente SMTP+ di questo profilo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test connection</source>
        <translation>Verifica connessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this profile (Ctrl+S)</source>
        <translation>Salva questo profilo (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save profile</source>
        <translation>Salva profilo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test result</source>
        <translation>Risultato della verifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the secret for this profile</source>
        <translation>Aggiorna la password di questo profilo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SMTP+ password may have changed in MailUp: type the new one</source>
        <translation>La password SMTP+ potrebbe essere cambiata in MailUp: digita quella nuova</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../mailup_gui/ui/profiles/dialog.py" line="+58"/>
        <location line="+14"/>
        <source>Profiles</source>
        <translation>Profili</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a profile for a MailUp SMTP+ user</source>
        <translation>Aggiungi un profilo per un utente SMTP+ di MailUp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>Du&amp;plica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected profile (the secret is not copied)</source>
        <translation>Copia il profilo selezionato (la password non viene copiata)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected profile and its stored secret</source>
        <translation>Elimina il profilo selezionato e la sua password memorizzata</translation>
    </message>
    <message>
        <location line="+307"/>
        <source>Profile colour</source>
        <translation>Colore del profilo</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>New profile</source>
        <translation>Nuovo profilo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete profile</source>
        <translation>Elimina profilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile “{name}” and its stored secret?</source>
        <translation>Eliminare il profilo “{name}” e la sua password memorizzata?</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking {endpoint}…</source>
        <translation>Richiesta a {endpoint}…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this profile first?</source>
        <translation>Salvare prima le modifiche a questo profilo?</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type the new SMTP+ secret, then Save.</source>
        <translation>Digita la nuova password SMTP+, poi Salva.</translation>
    </message>
</context>
<context>
    <name>RawTab</name>
    <message>
        <location filename="../../mailup_gui/ui/outbox/message_view/raw.py" line="+25"/>
        <source>Source of the message</source>
        <translation>Sorgente del messaggio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as .&amp;eml…</source>
        <translation>Salva come .&amp;eml…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the whole message as a MIME .eml file</source>
        <translation>Salva il messaggio completo come file MIME .eml</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Showing the first {shown} of {total}; save the message to see all of it.</source>
        <translation>Sono mostrati i primi {shown} di {total}; salva il messaggio per vederlo tutto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save message</source>
        <translation>Salva messaggio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email (*.eml)</source>
        <translation>Email (*.eml)</translation>
    </message>
</context>
<context>
    <name>RelayGroup</name>
    <message>
        <location filename="../../mailup_gui/ui/profiles/relay_group.py" line="+58"/>
        <source>SMTP+ relay</source>
        <translation>Relay SMTP+</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The relay&apos;s host name, e.g. fast.smtpok.com</source>
        <translation>Il nome host del relay, ad es. fast.smtpok.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay host</source>
        <translation>Host del relay</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MailUp&apos;s relay: port 25, or a port from 1025 to 5000</source>
        <translation>Relay di MailUp: porta 25, oppure una porta da 1025 a 5000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay port</source>
        <translation>Porta del relay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require STARTTLS</source>
        <translation>Richiedi STARTTLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt before sending the secret; may be turned off only for a local relay</source>
        <translation>Cifra la connessione prima di inviare il segreto; si può disattivare solo per un relay locale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This profile uses the local sandbox&apos;s own relay, started with the app: nothing to set.</source>
        <translation>Questo profilo usa il relay della sandbox locale, avviato con l&apos;app: non c&apos;è nulla da impostare.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort</source>
        <translation>P&amp;orta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Test &amp;relay</source>
        <translation>Prova il &amp;relay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect, STARTTLS and log in to the relay, then quit: no message is sent</source>
        <translation>Si connette al relay, avvia STARTTLS ed esegue l&apos;accesso, poi chiude: nessun messaggio viene inviato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test relay</source>
        <translation>Prova il relay</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Relay test result</source>
        <translation>Esito della prova del relay</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The local sandbox&apos;s relay is not running yet.</source>
        <translation>Il relay della sandbox locale non è ancora in esecuzione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Talking to the relay…</source>
        <translation>Collegamento al relay…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Failed at {step}&lt;/b&gt; on {endpoint}.</source>
        <translation>&lt;b&gt;Non riuscito al passo {step}&lt;/b&gt; su {endpoint}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passed before: {steps}</source>
        <translation>Passi superati prima: {steps}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not encrypted</source>
        <translation>non cifrata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;The relay accepts this user&lt;/b&gt; on {endpoint}.</source>
        <translation>&lt;b&gt;Il relay accetta questo utente&lt;/b&gt; su {endpoint}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server: {server}; TLS: {tls}; passed: {steps}</source>
        <translation>Server: {server}; TLS: {tls}; passi superati: {steps}</translation>
    </message>
</context>
<context>
    <name>RequestInspector</name>
    <message>
        <location filename="../../mailup_gui/ui/send_form/inspector.py" line="+102"/>
        <source>SMTP+ relay</source>
        <translation>Relay SMTP+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request — {method}</source>
        <translation>Richiesta — {method}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What this send posts to MailUp, and the same request as code for developers. The code reads the SMTP+ user from the environment variables {user} and {secret}.</source>
        <translation>Ciò che questo invio trasmette a MailUp e la stessa richiesta come codice per gli sviluppatori. Il codice legge l&apos;utente SMTP+ dalle variabili d&apos;ambiente {user} e {secret}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request and code</source>
        <translation>Richiesta e codice</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Include credentials in the code</source>
        <translation>Includi le credenziali nel codice</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Read attachments from their files</source>
        <translation>Leggi gli allegati dai loro file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code reads each attachment from its path instead of carrying it as base64 (cURL gets a placeholder to fill in)</source>
        <translation>Il codice legge ogni allegato dal suo percorso invece di includerlo in base64 (per cURL c&apos;è un segnaposto da completare)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notes about the request</source>
        <translation>Note sulla richiesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as .&amp;json…</source>
        <translation>Salva come .&amp;json…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the request as a .json file, without the secret; Compose can open it again</source>
        <translation>Salva la richiesta come file .json, senza la password; Scrivi può riaprirla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as .&amp;eml…</source>
        <translation>Salva come .&amp;eml…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the MIME message as it will be sent, files included, as an .eml file that mail programs open</source>
        <translation>Salva il messaggio MIME come verrà inviato, file compresi, in un file .eml che i programmi di posta aprono</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} of the request</source>
        <translation>{name} della richiesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the {name}</source>
        <translation>Copia {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the full {name} to the clipboard</source>
        <translation>Copia {name} completo negli appunti</translation>
    </message>
    <message>
        <location line="+35"/>
        <source># The local sandbox&apos;s SMTP+ relay is still starting: open this again.</source>
        <translation># Il relay SMTP+ della sandbox locale si sta ancora avviando: riapri questa finestra.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Long base64 bodies are shortened on screen; Copy and Save use them in full.</source>
        <translation>I contenuti base64 lunghi sono abbreviati sullo schermo; Copia e Salva li usano per intero.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>swaks cannot send to or from an address with non-ASCII characters (it has no SMTPUTF8): use the Python code.</source>
        <translation>swaks non può inviare a o da un indirizzo con caratteri non ASCII (non supporta SMTPUTF8): usa il codice Python.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code includes the SMTP+ secret: keep it out of tickets, chats and repositories.</source>
        <translation>Il codice contiene la password SMTP+: non metterlo in ticket, chat o repository.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied the {name} to the clipboard.</source>
        <translation>{name} copiato negli appunti.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the request</source>
        <translation>Salva la richiesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON request (*.json)</source>
        <translation>Richiesta JSON (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the message</source>
        <translation>Salva il messaggio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email message (*.eml)</source>
        <translation>Messaggio email (*.eml)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not save: {error}</source>
        <translation>Impossibile salvare: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {path} (without the secret).</source>
        <translation>Salvato {path} (senza la password).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include credentials</source>
        <translation>Includi le credenziali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code will contain the SMTP+ username and secret in clear text. Anyone who gets it can send mail as this user. Include them?</source>
        <translation>Il codice conterrà il nome utente e la password SMTP+ in chiaro. Chiunque lo ottenga può inviare posta come questo utente. Includerli?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No profile uses this SMTP+ user: its secret is unknown.</source>
        <translation>Nessun profilo usa questo utente SMTP+: la sua password è sconosciuta.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not available in screen-share mode</source>
        <translation>Non disponibile in modalità condivisione schermo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the SMTP+ username and secret into the code instead of reading them from the environment (asks first)</source>
        <translation>Scrivi nel codice il nome utente e la password SMTP+ invece di leggerli dall&apos;ambiente (chiede conferma)</translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <location filename="../../mailup_gui/ui/sandbox_host.py" line="+81"/>
        <source>it exited with code {code}: {line} (see {log})</source>
        <translation>è terminata con il codice {code}: {line} (vedi {log})</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The local sandbox could not start: {error}</source>
        <translation>Non è stato possibile avviare la sandbox locale: {error}</translation>
    </message>
</context>
<context>
    <name>SaveNotice</name>
    <message>
        <location filename="../../mailup_gui/ui/send_form/save_notice.py" line="+24"/>
        <source>Not saving: the disk is full — your draft is kept in memory until space is freed.</source>
        <translation>Salvataggio sospeso: il disco è pieno — la bozza resta in memoria finché non si libera spazio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saving: {reason} — your draft is kept in memory until saving works again.</source>
        <translation>Salvataggio sospeso: {reason} — la bozza resta in memoria finché il salvataggio non torna a funzionare.</translation>
    </message>
</context>
<context>
    <name>ScheduleChoice</name>
    <message>
        <location filename="../../mailup_gui/ui/widgets/option_editors.py" line="+18"/>
        <source>Send at</source>
        <translation>Invia il</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule the send</source>
        <translation>Programma l&apos;invio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your local time; it is sent with its UTC offset</source>
        <translation>La tua ora locale; viene inviata con il suo scostamento da UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled time</source>
        <translation>Data e ora programmate</translation>
    </message>
</context>
<context>
    <name>ScreenShareIndicator</name>
    <message>
        <location filename="../../mailup_gui/ui/screen_share_indicator.py" line="+29"/>
        <source>● Screen-share on</source>
        <translation>● Condivisione schermo attiva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secrets, SMTP+ usernames, addresses and profile names are masked. Click to turn screen-share mode off (Ctrl+Shift+H).</source>
        <translation>Segreti, nomi utente SMTP+, indirizzi e nomi dei profili sono mascherati. Fai clic per disattivare la modalità condivisione schermo (Ctrl+Maiusc+H).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Screen-share mode is on</source>
        <translation>La modalità condivisione schermo è attiva</translation>
    </message>
</context>
<context>
    <name>SecretPlace</name>
    <message>
        <location filename="../../mailup_gui/ui/profiles/secret_place.py" line="+57"/>
        <source>Stored in {where}. Type a new one to replace it.</source>
        <translation>Conservata in {where}. Digitane una nuova per sostituirla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept in memory for this session only: it is forgotten when the app quits.</source>
        <translation>Tenuta in memoria solo per questa sessione: viene dimenticata alla chiusura dell&apos;app.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not needed: the local sandbox&apos;s demo secret is used.</source>
        <translation>Non necessaria: si usa la password dimostrativa della sandbox locale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set.</source>
        <translation>Non impostata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No usable system keyring: {why}</source>
        <translation>Nessun portachiavi di sistema utilizzabile: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Storing the secret…</source>
        <translation>Salvataggio del segreto…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No system keyring</source>
        <translation>Nessun portachiavi di sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret cannot be stored in the system keyring: {why}

Keep it in memory for this session only? It will be forgotten when the app quits, and it is never written to a file.</source>
        <translation>Non è possibile conservare la password nel portachiavi di sistema: {why}

Tenerla in memoria solo per questa sessione? Verrà dimenticata alla chiusura dell&apos;app e non viene mai scritta in un file.</translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <location filename="../../mailup_gui/ui/send_form/controller.py" line="+91"/>
        <source>Your unsent message was restored.</source>
        <translation>Il messaggio non inviato è stato ripristinato.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Add a profile first (File ▸ Profiles…).</source>
        <translation>Prima aggiungi un profilo (File ▸ Profili…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files are still being read; send again in a moment.</source>
        <translation>I file sono ancora in lettura; invia di nuovo tra un momento.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Give these merge tags a value</source>
        <translation>Dai un valore a questi campi dinamici</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not sent: the profile “{name}” has no SMTP+ username, and MailUp refuses a send without one. Enter the username and its secret in Profiles (File ▸ Profiles…).</source>
        <translation>Non inviato: il profilo “{name}” non ha un nome utente SMTP+ e MailUp rifiuta un invio senza. Inserisci il nome utente e il suo segreto in Profili (File ▸ Profili…).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{user} can send again</source>
        <translation>{user} può di nuovo inviare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The block has lifted: your unsent message can be sent now.</source>
        <translation>Il blocco è terminato: ora puoi inviare il messaggio non ancora inviato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sent. A reminder pops up at {when} while the app is open.</source>
        <translation>Non inviato. Alle {when} comparirà un promemoria, se l&apos;app è aperta.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sending to {endpoint}…</source>
        <translation>Invio a {endpoint}…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>It could not be written to the journal: {problem}</source>
        <translation>Non è stato possibile scriverlo nel registro invii: {problem}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>New message</source>
        <translation>Nuovo messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the current message as a named draft before starting a new one?</source>
        <translation>Conservare il messaggio attuale come bozza con nome prima di iniziarne uno nuovo?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save draft</source>
        <translation>Salva bozza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft name:</source>
        <translation>Nome della bozza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>Senza titolo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved as the draft “{name}”.</source>
        <translation>Salvato come bozza “{name}”.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Replace the message</source>
        <translation>Sostituisci il messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the message you are writing? It is not saved under a name.</source>
        <translation>Sostituire il messaggio che stai scrivendo? Non è salvato con un nome.</translation>
    </message>
</context>
<context>
    <name>SendGuard</name>
    <message>
        <location filename="../../mailup_gui/ui/send_form/send_guard.py" line="+56"/>
        <source>Remind me then</source>
        <translation>Ricordamelo allora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A desktop notification at {when}, if the app is still open</source>
        <translation>Una notifica sul desktop alle {when}, se l&apos;app è ancora aperta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This SMTP+ user cannot send now</source>
        <translation>Questo utente SMTP+ non può inviare ora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{user}&lt;/b&gt;: {state}.</source>
        <translation>&lt;b&gt;{user}&lt;/b&gt;: {state}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The block lifts at {until}: send it again from {when}. A send scheduled for later is refused too, as MailUp checks the block when the request arrives.</source>
        <translation>Il blocco termina il {until}: invialo di nuovo a partire dal {when}. Anche un invio programmato per dopo viene rifiutato, perché MailUp controlla il blocco all&apos;arrivo della richiesta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was sent. State as MailUp gave it at {checked}; the Dashboard shows the latest.</source>
        <translation>Non è stato inviato nulla. Stato fornito da MailUp il {checked}; la Dashboard mostra quello più recente.</translation>
    </message>
</context>
<context>
    <name>SendQuestions</name>
    <message>
        <location filename="../../mailup_gui/ui/send_form/confirmation.py" line="+38"/>
        <source>These merge tags have no value: {tags}.

MailUp delivers them as written: the recipients will read the brackets and the name, not a value.</source>
        <translation>Questi campi dinamici non hanno un valore: {tags}.

MailUp li consegna così come sono scritti: i destinatari leggeranno le parentesi e il nome, non un valore.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subject will read: “{subject}”</source>
        <translation>L&apos;oggetto sarà: “{subject}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge tags without a value</source>
        <translation>Campi dinamici senza valore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it like this?</source>
        <translation>Inviarlo così?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Send through the SMTP+ relay</source>
        <translation>Invia tramite il relay SMTP+</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send through {method}</source>
        <translation>Invia tramite {method}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send anyway</source>
        <translation>Invia comunque</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MailUp will refuse this send:</source>
        <translation>MailUp rifiuterà questo invio:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{endpoint} (PRODUCTION)</source>
        <translation>{endpoint} (PRODUZIONE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now</source>
        <translation>subito</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Send {what} to &lt;b&gt;%n recipient(s)&lt;/b&gt;?&lt;br&gt;Profile: &lt;b&gt;{profile}&lt;/b&gt;&lt;br&gt;Endpoint: {endpoint}&lt;br&gt;When: {when}</source>
        <translation>
            <numerusform>Inviare {what} a &lt;b&gt;%n destinatario&lt;/b&gt;?&lt;br&gt;Profilo: &lt;b&gt;{profile}&lt;/b&gt;&lt;br&gt;Endpoint: {endpoint}&lt;br&gt;Quando: {when}</numerusform>
            <numerusform>Inviare {what} a &lt;b&gt;%n destinatari&lt;/b&gt;?&lt;br&gt;Profilo: &lt;b&gt;{profile}&lt;/b&gt;&lt;br&gt;Endpoint: {endpoint}&lt;br&gt;Quando: {when}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recipients: {addresses}</source>
        <translation>Destinatari: {addresses}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMTP+ relay {where}</source>
        <translation>Relay SMTP+ {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of the local sandbox (starting)</source>
        <translation>della sandbox locale (in avvio)</translation>
    </message>
</context>
<context>
    <name>SendResult</name>
    <message>
        <location filename="../../mailup_gui/ui/send_form/result_text.py" line="+32"/>
        <source>&lt;b&gt;Queued by MailUp&lt;/b&gt; (not yet delivered): MailUp accepted the message and will deliver it.</source>
        <translation>&lt;b&gt;Messo in coda da MailUp&lt;/b&gt; (non ancora recapitato): MailUp ha accettato il messaggio e lo recapiterà.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Scheduled by MailUp&lt;/b&gt; for {when} (not yet delivered).</source>
        <translation>&lt;b&gt;Programmato da MailUp&lt;/b&gt; per {when} (non ancora recapitato).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Allowed for {user}: senders {senders}; domains {domains}</source>
        <translation>Consentiti per {user}: mittenti {senders}; domini {domains}</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <location filename="../../mailup_gui/ui/templates/template_page.py" line="+41"/>
        <source>e.g. 12</source>
        <translation>per es. 12</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TemplateId: the numeric ID of a message stored in the MailUp console, in the SMTP+ user&apos;s List</source>
        <translation>TemplateId: l&apos;ID numerico di un messaggio salvato nella console di MailUp, nella Lista dell&apos;utente SMTP+</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TemplateId</source>
        <translation>TemplateId</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TemplateId problem</source>
        <translation>Problema del TemplateId</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch</source>
        <translation>Leggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the template from the sandbox again</source>
        <translation>Rileggi il modello dalla sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch the template</source>
        <translation>Leggi il modello</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Last used</source>
        <translation>Ultimo uso</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Templates of this profile</source>
        <translation>Modelli di questo profilo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates you sent or saved with this profile; click one to use it</source>
        <translation>Modelli che hai inviato o salvato con questo profilo; fai clic su uno per usarlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A name to find the template by, e.g. “Order confirmation”</source>
        <translation>Un nome con cui ritrovare il modello, per esempio “Conferma d&apos;ordine”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template label</source>
        <translation>Etichetta del modello</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anything worth remembering: who uses it, which merge tags it needs…</source>
        <translation>Tutto ciò che vale la pena ricordare: chi lo usa, quali campi dinamici richiede…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template notes</source>
        <translation>Note sul modello</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Save to library</source>
        <translation>Salva nella libreria</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Keep this TemplateId with its label and notes in this profile&apos;s library</source>
        <translation>Conserva questo TemplateId con etichetta e note nella libreria di questo profilo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the selected template out of the library (its test data stays)</source>
        <translation>Togli il modello selezionato dalla libreria (i suoi dati di prova restano)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from library</source>
        <translation>Rimuovi dalla libreria</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your templates (this profile)</source>
        <translation>I tuoi modelli (questo profilo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Templat&amp;eId</source>
        <translation>Templat&amp;eId</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Digits only: the TemplateId is the number the MailUp console shows for the message.</source>
        <translation>Solo cifre: il TemplateId è il numero che la console di MailUp mostra per il messaggio.</translation>
    </message>
</context>
<context>
    <name>TemplatesPane</name>
    <message>
        <location filename="../../mailup_gui/ui/templates/pane.py" line="+102"/>
        <source>MailUp&apos;s API cannot read a stored template: paste or open its HTML here to preview it. It is not sent.</source>
        <translation>L&apos;API di MailUp non può leggere un modello salvato: incolla o apri qui il suo HTML per vederne l&apos;anteprima. Non viene inviato.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test data</source>
        <translation>Dati di prova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template HTML</source>
        <translation>HTML del modello</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Send to &amp;myself</source>
        <translation>Invia a &amp;me stesso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send only to the profile&apos;s test address, or to the From address (Ctrl+Shift+Enter)</source>
        <translation>Invia solo all&apos;indirizzo di prova del profilo, o all&apos;indirizzo del mittente (Ctrl+Maiusc+Invio)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to myself</source>
        <translation>Invia a me stesso</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+259"/>
        <source>template {id}</source>
        <translation>il modello {id}</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>MailUp&apos;s API cannot read templates: showing the HTML you pasted (Template HTML tab), with your merge values. The template&apos;s text part cannot be shown.</source>
        <translation>L&apos;API di MailUp non può leggere i modelli: viene mostrato l&apos;HTML che hai incollato (scheda HTML del modello), con i tuoi valori dei campi dinamici. La parte di testo del modello non può essere mostrata.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MailUp&apos;s API cannot read templates: paste or open the template&apos;s HTML in the Template HTML tab to preview it.</source>
        <translation>L&apos;API di MailUp non può leggere i modelli: incolla o apri l&apos;HTML del modello nella scheda HTML del modello per vederne l&apos;anteprima.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local sandbox is starting…</source>
        <translation>La sandbox locale si sta avviando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a TemplateId to preview the template.</source>
        <translation>Inserisci un TemplateId per vedere l&apos;anteprima del modello.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading template {id} from the sandbox…</source>
        <translation>Lettura del modello {id} dalla sandbox…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing the template as stored in the sandbox: {id} “{name}” of List {list}, with your merge values, exactly as the sandbox will send it.</source>
        <translation>Viene mostrato il modello come è salvato nella sandbox: {id} “{name}” della Lista {list}, con i tuoi valori dei campi dinamici, esattamente come lo invierà la sandbox.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Template {id} is not in the sandbox: a send gets code 111.</source>
        <translation>Il modello {id} non è nella sandbox: un invio riceve il codice 111.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Could not read template {id} from the sandbox at {root} ({error}). Paste its HTML in the Template HTML tab to preview it.</source>
        <translation>Impossibile leggere il modello {id} dalla sandbox su {root} ({error}). Incolla il suo HTML nella scheda HTML del modello per vederne l&apos;anteprima.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;The SMTP+ user {user} is in List {own}&lt;/b&gt;: MailUp will refuse this template (code 111).</source>
        <translation>&lt;b&gt;L&apos;utente SMTP+ {user} è nella Lista {own}&lt;/b&gt;: MailUp rifiuterà questo modello (codice 111).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter the template&apos;s numeric ID first</source>
        <translation>Prima inserisci l&apos;ID numerico del modello</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template {id} is in this profile&apos;s library.</source>
        <translation>Il modello {id} è nella libreria di questo profilo.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“Send to myself” needs an address: give the profile a test address (File ▸ Profiles…) or fill in From.</source>
        <translation>“Invia a me stesso” richiede un indirizzo: assegna al profilo un indirizzo di prova (File ▸ Profili…) o compila il mittente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send only to {address}: the profile&apos;s test address, or the From address (Ctrl+Shift+Enter)</source>
        <translation>Invia solo a {address}: l&apos;indirizzo di prova del profilo, o l&apos;indirizzo del mittente (Ctrl+Maiusc+Invio)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the profile a test address, or fill in From</source>
        <translation>Assegna al profilo un indirizzo di prova, o compila il mittente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> with the test data “{name}”</source>
        <translation> con i dati di prova “{name}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopened from the journal as a new draft: {what}.</source>
        <translation>Riaperto dal registro invii come nuova bozza: {what}.</translation>
    </message>
</context>
<context>
    <name>TextPart</name>
    <message>
        <location filename="../../mailup_gui/ui/preview/text_part.py" line="+43"/>
        <source>This message has no text part.</source>
        <translation>Questo messaggio non ha una parte di testo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text part as the recipient reads it</source>
        <translation>La parte di testo come la legge il destinatario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What mail apps that show plain text display; edit it in the Text editor</source>
        <translation>Ciò che mostrano i programmi di posta che visualizzano il testo semplice; modificalo nell&apos;editor Testo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generate from HTML</source>
        <translation>Genera da HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate the text part from the HTML part</source>
        <translation>Genera la parte di testo dalla parte HTML</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the text part with plain text made from the HTML part: paragraphs, list items, links as text (address)</source>
        <translation>Sostituisci la parte di testo con testo semplice ricavato dalla parte HTML: paragrafi, voci di elenco, collegamenti come testo (indirizzo)</translation>
    </message>
</context>
<context>
    <name>TriState</name>
    <message>
        <location filename="../../mailup_gui/ui/widgets/option_editors.py" line="-46"/>
        <source>Account default</source>
        <translation>Predefinito dell&apos;account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Disattivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Account default” sends nothing.</source>
        <translation>“Predefinito dell&apos;account” non invia nulla.</translation>
    </message>
</context>
<context>
    <name>UrlWarning</name>
    <message>
        <location filename="../../mailup_gui/ui/profiles/url_warning.py" line="+20"/>
        <source>Base URL warning</source>
        <translation>Avviso sull&apos;URL di base</translation>
    </message>
</context>
<context>
    <name>UserDetails</name>
    <message>
        <location filename="../../mailup_gui/ui/dashboard/details.py" line="+39"/>
        <source>{local} (in {left}; UTC {utc})</source>
        <translation>{local} (tra {left}; UTC {utc})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Invii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can lift it</source>
        <translation>Chi può rimuoverlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked until</source>
        <translation>Bloccato fino a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Abilitato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked by admin</source>
        <translation>Bloccato dall&apos;amministratore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allowed domains</source>
        <translation>Domini consentiti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allowed senders</source>
        <translation>Mittenti consentiti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account ID</source>
        <translation>ID account</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List ID</source>
        <translation>ID Lista</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../mailup_gui/ui/dashboard/model.py" line="+170"/>
        <source>Username</source>
        <extracomment>Badge colours (background, text) by state; None is Unknown.</extracomment>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Domains</source>
        <translation>Domini</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Senders</source>
        <translation>Mittenti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account ID</source>
        <translation>ID account</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List ID</source>
        <translation>ID Lista</translation>
    </message>
</context>
<context>
    <name>ViewControls</name>
    <message>
        <location filename="../../mailup_gui/ui/preview/controls.py" line="+32"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile ({width} px)</source>
        <translation>Mobile ({width} px)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom width</source>
        <translation>Larghezza personalizzata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview width</source>
        <translation>Larghezza dell&apos;anteprima</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desktop fills the pane; Mobile shows a phone-wide column; Custom uses the width on the right</source>
        <translation>Desktop riempie il pannello; Mobile mostra una colonna larga come un telefono; Personalizzata usa la larghezza a destra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom preview width in pixels</source>
        <translation>Larghezza personalizzata dell&apos;anteprima in pixel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width of the preview for Custom, {low} to {high} pixels</source>
        <translation>Larghezza dell&apos;anteprima per Personalizzata, da {low} a {high} pixel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark: the email&apos;s own dark style</source>
        <translation>Scuro: lo stile scuro dell&apos;email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark: colours inverted by the app</source>
        <translation>Scuro: colori invertiti dal programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient&apos;s colour setting</source>
        <translation>Impostazione colori del destinatario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dark as a mail app set to dark shows it. Apple Mail and iOS use the email&apos;s prefers-color-scheme style; Gmail and Outlook apps darken the colours themselves</source>
        <translation>Scuro come lo mostra un programma di posta impostato sul tema scuro. Apple Mail e iOS usano lo stile prefers-color-scheme dell&apos;email; le app Gmail e Outlook scuriscono i colori da sé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Images off</source>
        <translation>Senza immagini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As most mail apps show the email before the reader allows images: each image is a box of its size with its alt text</source>
        <translation>Come la maggior parte delle app di posta mostra l&apos;email prima che il lettore consenta le immagini: ogni immagine è un riquadro delle sue dimensioni con il suo testo alternativo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inbox line</source>
        <translation>Riga in elenco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From, Subject and preheader as an inbox list shows them, cut where a phone and a desktop mail app cut them</source>
        <translation>Mittente, oggetto e preheader come li mostra l&apos;elenco della posta in arrivo, tagliati dove li tagliano un telefono e un&apos;app di posta sul computer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approximate: every mail app renders a little differently.</source>
        <translation>Approssimativa: ogni programma di posta visualizza in modo un po&apos; diverso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Widths and dark modes imitate mail apps with Chromium; check important emails in the real apps too</source>
        <translation>Larghezze e modalità scure imitano i programmi di posta con Chromium; verifica le email importanti anche nei programmi reali</translation>
    </message>
</context>
<context>
    <name>WelcomeNotice</name>
    <message>
        <location filename="../../mailup_gui/ui/welcome.py" line="+27"/>
        <source>&lt;b&gt;Welcome to mailup-gui.&lt;/b&gt; You are on the &lt;b&gt;local sandbox&lt;/b&gt;: a MailUp-compatible server running inside this app. Messages sent here never leave your computer — they appear in the Outbox pane — and the demo SMTP+ users show every state (active, blocked, disabled). To work on a real account, add a profile with the customer&apos;s SMTP+ username and secret from the MailUp console (Settings ▸ SMTP+ users); its secret is stored in your system keyring and its badge turns red: PRODUCTION.</source>
        <translation>&lt;b&gt;Benvenuto in mailup-gui.&lt;/b&gt; Sei sulla &lt;b&gt;sandbox locale&lt;/b&gt;: un server compatibile con MailUp che gira all&apos;interno di questa app. I messaggi inviati qui non lasciano mai il tuo computer — compaiono nel pannello Posta in uscita — e gli utenti SMTP+ dimostrativi mostrano tutti gli stati (attivo, bloccato, disattivato). Per lavorare su un account reale, aggiungi un profilo con il nome utente SMTP+ e la password del cliente presi dalla console di MailUp (Impostazioni ▸ Utenti SMTP+); la password viene conservata nel portachiavi di sistema e l&apos;etichetta diventa rossa: PRODUZIONE.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a MailUp SMTP+ user…</source>
        <translation>Aggiungi un utente SMTP+ di MailUp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Got it</source>
        <translation>Ho capito</translation>
    </message>
</context>
<context>
    <name>XSmtpApiPanel</name>
    <message>
        <location filename="../../mailup_gui/ui/widgets/xsmtpapi_panel.py" line="+30"/>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Recapito</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Merge tags (DynamicFields)</source>
        <translation>Campi dinamici (DynamicFields)</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../mailup_gui/api/errors.py" line="+33"/>
        <source>The operation failed.</source>
        <extracomment>MailUp&apos;s documented codes (mailup-api.md, &quot;Responses and errors&quot;).</extracomment>
        <translation>L&apos;operazione non è riuscita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MailUp could not read the request. Check the fields for wrong values or types.</source>
        <translation>MailUp non è riuscito a leggere la richiesta. Controlla che i campi non contengano valori o tipi errati.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The input is null.</source>
        <translation>L&apos;input è nullo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request reached MailUp empty. Fill in the message and send again.</source>
        <translation>La richiesta è arrivata a MailUp vuota. Compila il messaggio e invia di nuovo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operation is not authorized.</source>
        <translation>L&apos;operazione non è autorizzata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SMTP+ username or secret is wrong, or the From address is not an authorised sender of this user. If the SMTP+ password was changed in MailUp, update the secret of this profile.</source>
        <translation>Il nome utente o la password SMTP+ sono errati, oppure l&apos;indirizzo del mittente non è un mittente autorizzato di questo utente. Se la password SMTP+ è stata cambiata in MailUp, aggiorna la password di questo profilo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The user is not enabled.</source>
        <translation>L&apos;utente non è abilitato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This SMTP+ user is disabled. The account&apos;s administrator can enable it in the MailUp console.</source>
        <translation>Questo utente SMTP+ è disattivato. L&apos;amministratore dell&apos;account può abilitarlo nella console di MailUp.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The user is blocked.</source>
        <translation>L&apos;utente è bloccato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator blocked this SMTP+ user. Only MailUp support can lift the block (billing is a common reason). See the dashboard.</source>
        <translation>Un amministratore ha bloccato questo utente SMTP+. Solo l&apos;assistenza MailUp può rimuovere il blocco (spesso per motivi di fatturazione). Vedi la Dashboard.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The user is blocked until this date.</source>
        <translation>L&apos;utente è bloccato fino a questa data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This SMTP+ user is blocked until {until}. Wait until then, or ask MailUp support. See the dashboard.</source>
        <translation>Questo utente SMTP+ è bloccato fino al {until}. Attendi fino ad allora oppure rivolgiti all&apos;assistenza MailUp. Vedi la Dashboard.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The MailUp account cannot be found.</source>
        <translation>L&apos;account MailUp non è stato trovato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No MailUp account matches this SMTP+ username. Check the username (sNNNNN_NN).</source>
        <translation>Nessun account MailUp corrisponde a questo nome utente SMTP+. Controlla il nome utente (sNNNNN_NN).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The MailUp account has been suspended.</source>
        <translation>L&apos;account MailUp è stato sospeso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MailUp account is suspended. The account owner must contact MailUp.</source>
        <translation>L&apos;account MailUp è sospeso. Il titolare dell&apos;account deve contattare MailUp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The MailUp account has been deleted.</source>
        <translation>L&apos;account MailUp è stato eliminato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MailUp account was deleted. This profile can no longer send.</source>
        <translation>L&apos;account MailUp è stato eliminato. Questo profilo non può più inviare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At least one recipient is required.</source>
        <translation>È richiesto almeno un destinatario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one recipient in To, Cc or Bcc.</source>
        <translation>Aggiungi almeno un destinatario in A, Cc o Ccn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender is required.</source>
        <translation>Il mittente è obbligatorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the From address.</source>
        <translation>Compila l&apos;indirizzo del mittente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template cannot be found.</source>
        <translation>Il modello non è stato trovato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No template has this ID in the SMTP+ user&apos;s List. The template must belong to the same List as the SMTP+ user; check the ID in the MailUp console.</source>
        <translation>Nessun modello ha questo ID nella Lista dell&apos;utente SMTP+. Il modello deve appartenere alla stessa Lista dell&apos;utente SMTP+; controlla l&apos;ID nella console di MailUp.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The user has been deleted.</source>
        <translation>L&apos;utente è stato eliminato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This SMTP+ user was deleted. Use another SMTP+ user for this profile.</source>
        <translation>Questo utente SMTP+ è stato eliminato. Usa un altro utente SMTP+ per questo profilo.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>MailUp had an internal problem. Try again in a few minutes.</source>
        <translation>MailUp ha avuto un problema interno. Riprova tra qualche minuto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MailUp refused the request. Read the message from MailUp for the reason.</source>
        <translation>MailUp ha rifiutato la richiesta. Leggi il messaggio di MailUp per conoscerne il motivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no message</source>
        <translation>nessun messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP {status}, Code {code}: {message}</source>
        <translation>HTTP {status}, codice {code}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP {status}: {message}</source>
        <translation>HTTP {status}: {message}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>HTTP {status}: the server&apos;s answer is not a MailUp response ({detail})</source>
        <translation>HTTP {status}: la risposta del server non è una risposta di MailUp ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the profile&apos;s endpoint URL: something other than MailUp answered, or the answer was cut short.</source>
        <translation>Controlla l&apos;URL dell&apos;endpoint del profilo: ha risposto qualcosa di diverso da MailUp, oppure la risposta è stata troncata.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not reach the server ({detail})</source>
        <translation>Impossibile raggiungere il server ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was sent. Check the network and the profile&apos;s endpoint URL, then try again.</source>
        <translation>Non è stato inviato nulla. Controlla la rete e l&apos;URL dell&apos;endpoint del profilo, poi riprova.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the network and the profile&apos;s endpoint URL, then try again.</source>
        <translation>Controlla la rete e l&apos;URL dell&apos;endpoint del profilo, poi riprova.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not connect to {host} port {port} ({detail})</source>
        <translation>Impossibile connettersi a {host} porta {port} ({detail})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The server did not answer in time ({detail})</source>
        <translation>Il server non ha risposto in tempo ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changed on MailUp&apos;s side. Try again.</source>
        <translation>Non è cambiato nulla lato MailUp. Riprova.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outcome unknown — the message may have been queued ({detail})</source>
        <translation>Esito sconosciuto — il messaggio potrebbe essere stato messo in coda ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request reached the server but no answer came back. Check the journal and the recipient&apos;s mailbox before sending again, or the message may go out twice.</source>
        <translation>La richiesta ha raggiunto il server ma non è arrivata alcuna risposta. Controlla il registro invii e la casella del destinatario prima di inviare di nuovo, altrimenti il messaggio potrebbe partire due volte.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {message} (and {count} more)</source>
        <translation>{field}: {message} (e {count} in più)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was sent. Correct the highlighted fields and send again.</source>
        <translation>Non è stato inviato nulla. Correggi i campi evidenziati e invia di nuovo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the date MailUp gives</source>
        <translation>giorno indicato da MailUp</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/api/responses.py" line="+31"/>
        <source>empty body</source>
        <translation>corpo vuoto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an HTML page</source>
        <translation>una pagina HTML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid or truncated JSON: {error}</source>
        <translation>JSON non valido o troncato: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no Status/Code envelope</source>
        <translation>nessuna busta Status/Code</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>neither a user list nor a MailUp envelope</source>
        <translation>né un elenco di utenti né una busta di MailUp</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the user list is not a list</source>
        <translation>l&apos;elenco degli utenti non è un elenco</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a user entry has no Username</source>
        <translation>una voce utente non ha Username</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/api/validation.py" line="+56"/>
        <source>{problem} Write one plain address.</source>
        <translation>{problem} Scrivi un solo indirizzo semplice.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter the template&apos;s numeric ID (a whole number above 0).</source>
        <translation>Inserisci l&apos;ID numerico del modello (un numero intero maggiore di 0).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The sender is required: fill in the From address.</source>
        <translation>Il mittente è obbligatorio: compila l&apos;indirizzo del mittente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{problem} Correct the From address.</source>
        <translation>{problem} Correggi l&apos;indirizzo del mittente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{problem} Correct or remove it.</source>
        <translation>{problem} Correggilo o rimuovilo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At least one recipient is required in To, Cc or Bcc.</source>
        <translation>È richiesto almeno un destinatario in A, Cc o Ccn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A header needs a name.</source>
        <translation>Un&apos;intestazione deve avere un nome.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The subject must be one line: remove the line breaks and control characters.</source>
        <translation>L&apos;oggetto deve stare su una riga: rimuovi gli a capo e i caratteri di controllo.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A display name must be one line: remove the line breaks and control characters.</source>
        <translation>Un nome visualizzato deve stare su una riga: rimuovi gli a capo e i caratteri di controllo.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A header name is one word of ASCII letters, digits and punctuation, without spaces or colons.</source>
        <translation>Il nome di un&apos;intestazione è una sola parola di lettere, cifre e punteggiatura ASCII, senza spazi né due punti.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A header value must not contain line breaks or control characters.</source>
        <translation>Il valore di un&apos;intestazione non deve contenere a capo né caratteri di controllo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Every file needs a name.</source>
        <translation>Ogni file deve avere un nome.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A file name must be one line: remove the line breaks and control characters.</source>
        <translation>Il nome di un file deve stare su una riga: rimuovi gli a capo e i caratteri di controllo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An embedded image needs a ContentId to be referenced as cid: in the HTML.</source>
        <translation>Un&apos;immagine incorporata deve avere un ContentId per essere richiamata come cid: nell&apos;HTML.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A ContentId must be one line: remove the line breaks and control characters.</source>
        <translation>Un ContentId deve stare su una riga: rimuovi gli a capo e i caratteri di controllo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ContentId &apos;{cid}&apos; is used twice: give each part its own.</source>
        <translation>Il ContentId &apos;{cid}&apos; è usato due volte: assegnane uno diverso a ogni parte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Priority goes from 1 (highest) to 5 (lowest), or leave it unset.</source>
        <translation>La priorità va da 1 (la più alta) a 5 (la più bassa), oppure lasciala non impostata.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The schedule needs a time zone, e.g. 2026-12-01T09:30:00+01:00.</source>
        <translation>La programmazione richiede un fuso orario, per esempio 2026-12-01T09:30:00+01:00.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A merge tag needs a name.</source>
        <translation>Un campo dinamico deve avere un nome.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This value goes into the subject: remove the line breaks and control characters.</source>
        <translation>Questo valore finisce nell&apos;oggetto: rimuovi gli a capo e i caratteri di controllo.</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/account/connection.py" line="+22"/>
        <source>No SMTP+ secret is stored for this profile. Enter it in Profiles (File ▸ Profiles…).</source>
        <translation>Nessuna password SMTP+ memorizzata per questo profilo. Inseriscila in Profili (File ▸ Profili…).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The local sandbox is still starting. Try again in a moment.</source>
        <translation>La sandbox locale si sta ancora avviando. Riprova tra un momento.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>MailUp accepted the credentials but did not list {user}. Check the username in the MailUp console.</source>
        <translation>MailUp ha accettato le credenziali ma non ha elencato {user}. Controlla il nome utente nella console di MailUp.</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/message/draft.py" line="+144"/>
        <source>“{text}”: {problem} Correct or remove it.</source>
        <translation>“{text}”: {problem} Correggilo o rimuovilo.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>“{file}” cannot be read ({error}). Attach it again or remove it.</source>
        <translation>Impossibile leggere “{file}” ({error}). Allegalo di nuovo o rimuovilo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{file}” changed on disk since it was attached. Attach it again to send the new version.</source>
        <translation>“{file}” è cambiato sul disco da quando è stato allegato. Allegalo di nuovo per inviare la nuova versione.</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/message/html_text.py" line="+210"/>
        <source>The text part is empty: mail apps that show plain text will show nothing.</source>
        <translation>La parte di testo è vuota: i programmi di posta che mostrano il testo semplice non mostreranno nulla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text part has only {share} of the words of the HTML part: it looks like a different or outdated message.</source>
        <translation>La parte di testo contiene solo il {share} delle parole della parte HTML: sembra un messaggio diverso o non aggiornato.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text part lacks what the HTML part shows: {shown}.</source>
        <translation>Alla parte di testo manca ciò che mostra la parte HTML: {shown}.</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/send/journal.py" line="+208"/>
        <source>MailUp will send it at the scheduled time, even if this app is closed.</source>
        <translation>MailUp lo invierà all&apos;ora programmata, anche se questa app è chiusa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MailUp queued the message; delivery happens later, on MailUp&apos;s side.</source>
        <translation>MailUp ha messo in coda il messaggio; il recapito avviene in seguito, lato MailUp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the earlier journal entries</source>
        <translation>le voci precedenti del registro invii</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/account/profiles.py" line="+92"/>
        <source>Local sandbox</source>
        <translation>Sandbox locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local sandbox (starting…)</source>
        <translation>sandbox locale (in avvio…)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Give the profile a name, e.g. the customer&apos;s company.</source>
        <translation>Dai un nome al profilo, per esempio l&apos;azienda del cliente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An SMTP+ username looks like s123456_1 (from the MailUp console).</source>
        <translation>Un nome utente SMTP+ ha la forma s123456_1 (dalla console di MailUp).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter a full URL, e.g. http://127.0.0.1:8025/API/v2.0/</source>
        <translation>Inserisci un URL completo, per esempio http://127.0.0.1:8025/API/v2.0/</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The default From must be an address such as support@example.com.</source>
        <translation>Il mittente predefinito deve essere un indirizzo come support@example.com.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The test address must be one address such as you@example.com.</source>
        <translation>L&apos;indirizzo di prova deve essere un solo indirizzo come tu@example.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a colour.</source>
        <translation>Scegli un colore.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This URL is plain http:// to another computer: the SMTP+ secret would cross the network unencrypted. Use https://.</source>
        <translation>Questo URL usa http:// semplice verso un altro computer: il segreto SMTP+ attraverserebbe la rete senza cifratura. Usa https://.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is the port the app chose for its local sandbox at this start: it changes at every start, so this profile will break. Use the Local sandbox endpoint, or run mailup-sandbox on a fixed port.</source>
        <translation>Questa è la porta che l&apos;app ha scelto per la sua sandbox locale a questo avvio: cambia a ogni avvio, quindi questo profilo smetterà di funzionare. Usa l&apos;endpoint Sandbox locale, oppure avvia mailup-sandbox su una porta fissa.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the profiles (their secrets stay in the keyring)</source>
        <translation>i profili (le loro password restano nel portachiavi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the profiles this version cannot use (the others were kept, secrets stay in the keyring)</source>
        <translation>i profili che questa versione non può usare (gli altri sono stati mantenuti, le password restano nel portachiavi)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the relay&apos;s host name only, e.g. fast.smtpok.com (no smtp:// or port).</source>
        <translation>Inserisci solo il nome host del relay, ad es. fast.smtpok.com (senza smtp:// né porta).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The relay port is a number from 1 to 65535.</source>
        <translation>La porta del relay è un numero da 1 a 65535.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MailUp&apos;s relay listens on port 25 or on a port from 1025 to 5000.</source>
        <translation>Il relay di MailUp è in ascolto sulla porta 25 o su una porta da 1025 a 5000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>STARTTLS can be turned off only for a relay on this computer (localhost, 127.0.0.1, ::1): the secret must not cross a network unencrypted.</source>
        <translation>STARTTLS si può disattivare solo per un relay su questo computer (localhost, 127.0.0.1, ::1): la password non deve attraversare una rete senza cifratura.</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/account/secrets.py" line="+27"/>
        <location line="+126"/>
        <location line="+34"/>
        <location line="+9"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>none (disabled)</source>
        <translation>nessuno (disattivato)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No system keyring.</source>
        <translation>Nessun portachiavi di sistema.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The keyring library could not load ({error}).</source>
        <translation>Impossibile caricare la libreria del portachiavi ({error}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The only keyring found stores secrets in a plain file, which this app refuses. Install or unlock your system keyring.</source>
        <translation>L&apos;unico portachiavi trovato conserva le password in un file in chiaro, che questa app rifiuta. Installa o sblocca il portachiavi di sistema.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No system keyring was found (no Secret Service, KWallet, Keychain or Credential Locker). Secrets can be kept for this session only.</source>
        <translation>Non è stato trovato alcun portachiavi di sistema (né Secret Service, né KWallet, né Portachiavi, né Gestione credenziali). Le password possono essere conservate solo per questa sessione.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The system keyring is locked. Unlock it (log in again or open your keyring app).</source>
        <translation>Il portachiavi di sistema è bloccato. Sbloccalo (accedi di nuovo o apri l&apos;app del portachiavi).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keyring&apos;s unlock prompt was dismissed. Unlock the keyring and try again.</source>
        <translation>La richiesta di sblocco del portachiavi è stata chiusa. Sblocca il portachiavi e riprova.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring failed ({kind}). Secrets can be kept for this session only.</source>
        <translation>Il portachiavi di sistema non ha funzionato ({kind}). Le password possono essere conservate solo per questa sessione.</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/send/request_files.py" line="+29"/>
        <source>Compose</source>
        <translation>Scrivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>un numero intero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>un elenco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date-time with its offset</source>
        <translation>una data e ora con il suo scostamento da UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base64 text</source>
        <translation>testo base64</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/preflight/inputs.py" line="+26"/>
        <source>“{name}”: preflight reads .html, .eml and .json (SendMessage) files.</source>
        <translation>“{name}”: il controllo legge file .html, .eml e .json (SendMessage).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{name}” is a SendTemplate request: its content is the template stored in MailUp. Check the template&apos;s HTML file instead.</source>
        <translation>“{name}” è una richiesta SendTemplate: il suo contenuto è il modello salvato in MailUp. Controlla invece il file HTML del modello.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../mailup_gui/core/send/request_files.py" line="+37"/>
        <source>“{name}” cannot be read: {error}.</source>
        <translation>Impossibile leggere “{name}”: {error}.</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/send/request_files.py" line="+6"/>
        <source>“{name}” is not JSON ({error}).</source>
        <translation>“{name}” non è JSON ({error}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{name}” is not a MailUp request: it holds {kind}, not an object with Subject, From, To…</source>
        <translation>“{name}” non è una richiesta MailUp: contiene {kind}, non un oggetto con Subject, From, To…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it has a TemplateId</source>
        <translation>ha un TemplateId</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no TemplateId</source>
        <translation>non ha un TemplateId</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is a {method} request ({why}): open it in the {pane} pane.</source>
        <translation>“{name}” è una richiesta {method} ({why}): aprila nel pannello {pane}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” is not a SendMessage request (MessageDTO): it has none of its members (Subject, Html, Text, From, To, …).</source>
        <translation>“{name}” non è una richiesta SendMessage (MessageDTO): non ha nessuno dei suoi membri (Subject, Html, Text, From, To, …).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{name}”: {problem}.</source>
        <translation>“{name}”: {problem}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where} has the wrong type: it must be {expected}, not {got}</source>
        <translation>{where} ha il tipo sbagliato: deve essere {expected}, non {got}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request</source>
        <translation>la richiesta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{either} or {other}</source>
        <translation>{either} o {other}</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/message/merge_data.py" line="+51"/>
        <source>the tag is empty</source>
        <translation>il campo è vuoto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{tag}” is not a merge tag: use letters, digits, _ . - and start with a letter or _</source>
        <translation>“{tag}” non è un campo dinamico: usa lettere, cifre, _ . - e inizia con una lettera o _</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file is empty: it needs a header row “tag,value” and one row per merge tag.</source>
        <translation>Il file è vuoto: servono una riga di intestazione “tag,value” e una riga per ogni campo dinamico.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line {line}: the first row must be the header “tag,value”, not “{header}”.</source>
        <translation>Riga {line}: la prima riga deve essere l&apos;intestazione “tag,value”, non “{header}”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line {line}: {count} fields; a row is a tag and a value (put a value with commas in double quotes).</source>
        <translation>Riga {line}: {count} campi; una riga è un campo dinamico e un valore (metti tra virgolette doppie un valore con virgole).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line {line}</source>
        <translation>Riga {line}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line {line}, column {column}: not valid JSON ({reason}).</source>
        <translation>Riga {line}, colonna {column}: JSON non valido ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file must hold one object: {&quot;name&quot;: &quot;…&quot;, &quot;values&quot;: {&quot;tag&quot;: &quot;value&quot;}}.</source>
        <translation>Il file deve contenere un solo oggetto: {&quot;name&quot;: &quot;…&quot;, &quot;values&quot;: {&quot;tag&quot;: &quot;value&quot;}}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“name” must be text, e.g. &quot;Italian customer&quot;.</source>
        <translation>“name” deve essere testo, per esempio &quot;Cliente italiano&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“values” is missing or not an object: write {&quot;values&quot;: {&quot;firstname&quot;: &quot;Mario&quot;}}.</source>
        <translation>“values” manca o non è un oggetto: scrivi {&quot;values&quot;: {&quot;firstname&quot;: &quot;Mario&quot;}}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>values.{tag}: the value must be text, e.g. &quot;Mario&quot;.</source>
        <translation>values.{tag}: il valore deve essere testo, per esempio &quot;Mario&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{file}”: test data is read from .csv or .json files.</source>
        <translation>“{file}”: i dati di prova si leggono da file .csv o .json.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{file}” is not UTF-8 text: save it as UTF-8.</source>
        <translation>“{file}” non è testo UTF-8: salvalo come UTF-8.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{file}” cannot be read: {reason}.</source>
        <translation>Impossibile leggere “{file}”: {reason}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{file}”: {problem}</source>
        <translation>“{file}”: {problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{file}”: test data is saved as .csv or .json.</source>
        <translation>“{file}”: i dati di prova si salvano come .csv o .json.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{where}: {problem}.</source>
        <translation>{where}: {problem}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: the tag “{tag}” is given twice.</source>
        <translation>{where}: il campo “{tag}” compare due volte.</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/send/pipeline.py" line="+46"/>
        <source>The scheduled time has passed: pick a time in the future, or untick “Send at” to send now.</source>
        <translation>L&apos;ora programmata è già passata: scegline una nel futuro, oppure togli la spunta a “Invia il” per inviare subito.</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/message/drafts.py" line="+32"/>
        <source>the autosaved messages and the named drafts</source>
        <translation>i messaggi salvati automaticamente e le bozze con nome</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/storage/settings.py" line="+48"/>
        <source>the settings (language, screen-share mode, window size)</source>
        <translation>le impostazioni (lingua, modalità condivisione schermo, dimensioni della finestra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the settings it could not read (the others were kept)</source>
        <translation>le impostazioni che non è stato possibile leggere (le altre sono state mantenute)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A send channel this version does not know (“{value}”) was saved for a profile: it sends through the API until you choose again.</source>
        <translation>Per un profilo era salvato un canale di invio che questa versione non conosce (“{value}”): invia tramite l&apos;API finché non scegli di nuovo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A language this version does not know (“{value}”) was saved: the app follows the system&apos;s until you choose one in Preferences.</source>
        <translation>Era salvata una lingua che questa versione non conosce (“{value}”): l&apos;app segue quella del sistema finché non ne scegli una nelle Preferenze.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A theme this version does not know (“{value}”) was saved: the app follows the system&apos;s until you choose one in Preferences.</source>
        <translation>Era salvato un tema che questa versione non conosce (“{value}”): l&apos;app segue quello del sistema finché non ne scegli uno nelle Preferenze.</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/message/template_library.py" line="+43"/>
        <source>the saved templates and their test data</source>
        <translation>i modelli salvati e i loro dati di prova</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/ui/sandbox_host.py" line="-115"/>
        <source>the messages the sandbox received before</source>
        <translation>i messaggi ricevuti in precedenza dalla sandbox</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/send/mime_message.py" line="+92"/>
        <source>MailUp&apos;s relay has no templates: send a template through the API.</source>
        <translation>Il relay di MailUp non gestisce i template: invia i template tramite l&apos;API.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The message sets {name} itself: remove this header or rename it.</source>
        <translation>Il messaggio imposta già {name}: rimuovi questa intestazione o rinominala.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{charset}” is not a character set; utf-8 writes every text.</source>
        <translation>“{charset}” non è un set di caratteri; utf-8 scrive qualsiasi testo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{charset} cannot write every character of the message: use utf-8.</source>
        <translation>{charset} non può scrivere tutti i caratteri del messaggio: usa utf-8.</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/send/relay.py" line="+56"/>
        <source>SMTP {code} at {step}: {message}</source>
        <translation>SMTP {code} su {step}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the relay {endpoint} ({detail})</source>
        <translation>Impossibile raggiungere il relay {endpoint} ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the relay broke at {step} ({detail})</source>
        <translation>La connessione al relay si è interrotta su {step} ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SMTP+ username or secret is wrong. The relay takes the same SMTP+ user and secret as the API: if the password was changed in MailUp, update this profile&apos;s secret.</source>
        <translation>Il nome utente o la password SMTP+ sono errati. Il relay usa lo stesso utente e la stessa password SMTP+ dell&apos;API: se la password è stata cambiata in MailUp, aggiorna la password di questo profilo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The From address is not an authorised sender of this SMTP+ user. Use an address or domain from the user&apos;s allowed senders (see the dashboard) or ask the account&apos;s administrator to add it.</source>
        <translation>L&apos;indirizzo del mittente non è un mittente autorizzato di questo utente SMTP+. Usa un indirizzo o un dominio tra i mittenti consentiti dell&apos;utente (vedi la Dashboard) o chiedi all&apos;amministratore dell&apos;account di aggiungerlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message is too large for the relay. MailUp takes attachments up to 10 MiB in all: remove or shrink some.</source>
        <translation>Il messaggio è troppo grande per il relay. MailUp accetta allegati fino a 10 MiB in tutto: togline o riducine alcuni.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relay accepted none of the recipients. Check the addresses in To, Cc and Bcc.</source>
        <translation>Il relay non ha accettato nessun destinatario. Controlla gli indirizzi in To, Cc e Bcc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay refused the recipient {address}; nothing was sent. Correct or remove it.</source>
        <translation>Il relay ha rifiutato il destinatario {address}; non è stato inviato nulla. Correggilo o rimuovilo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay has a temporary problem; nothing was sent. Try again in a few minutes.</source>
        <translation>Il relay ha un problema temporaneo; non è stato inviato nulla. Riprova tra qualche minuto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay refused the message; nothing was sent. Read the relay&apos;s reply.</source>
        <translation>Il relay ha rifiutato il messaggio; non è stato inviato nulla. Leggi la risposta del relay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was sent. Check the relay host and port in the profile. Many networks block port 25: try a port from 1025 to 5000.</source>
        <translation>Non è stato inviato nulla. Controlla host e porta del relay nel profilo. Molte reti bloccano la porta 25: prova una porta da 1025 a 5000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection broke before the whole message reached the relay: nothing was sent. Try again.</source>
        <translation>La connessione si è interrotta prima che l&apos;intero messaggio arrivasse al relay: non è stato inviato nulla. Riprova.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relay does not offer STARTTLS, and the secret is never sent unencrypted: nothing was sent. Check the relay host and port.</source>
        <translation>Il relay non offre STARTTLS e la password non viene mai inviata senza cifratura: non è stato inviato nulla. Controlla host e porta del relay.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relay&apos;s certificate could not be verified ({detail}); nothing was sent. Check the relay host: MailUp&apos;s hosts are fast.smtpok.com and in.smtpok.com.</source>
        <translation>Impossibile verificare il certificato del relay ({detail}); non è stato inviato nulla. Controlla l&apos;host del relay: gli host di MailUp sono fast.smtpok.com e in.smtpok.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relay offers no login (SMTP AUTH): it is not MailUp&apos;s SMTP+ relay. Check the relay host and port.</source>
        <translation>Il relay non offre l&apos;accesso (SMTP AUTH): non è il relay SMTP+ di MailUp. Controlla host e porta del relay.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMTP AUTH carries only ASCII characters: check the SMTP+ username and secret.</source>
        <translation>SMTP AUTH trasporta solo caratteri ASCII: controlla nome utente e password SMTP+.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An address has non-ASCII characters and the relay does not take them (no SMTPUTF8).</source>
        <translation>Un indirizzo contiene caratteri non ASCII e il relay non li accetta (niente SMTPUTF8).</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>the relay gave no answer to the message it received: {error}</source>
        <translation>il relay non ha risposto al messaggio che ha ricevuto: {error}</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/message/addresses.py" line="+37"/>
        <source>This is not an email address.</source>
        <translation>Questo non è un indirizzo email.</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/message/options.py" line="+63"/>
        <source>Campaign name</source>
        <translation>Nome campagna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the aggregated campaign in MailUp&apos;s statistics</source>
        <translation>Nome della campagna aggregata nelle statistiche di MailUp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Campaign code</source>
        <translation>Codice campagna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aggregation key: keep it stable so statistics stay meaningful and the message count low</source>
        <translation>Chiave di aggregazione: mantienila stabile perché le statistiche restino significative e il numero di messaggi basso</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Campaign report</source>
        <translation>Report campagna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the aggregated campaign report</source>
        <translation>Nome del report della campagna aggregata</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MailUp header</source>
        <translation>Intestazione MailUp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add MailUp&apos;s header to the message.</source>
        <translation>Aggiungi al messaggio l&apos;intestazione di MailUp.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MailUp footer</source>
        <translation>Piè di pagina MailUp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add MailUp&apos;s footer to the message.</source>
        <translation>Aggiungi al messaggio il piè di pagina di MailUp.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Click tracking</source>
        <translation>Tracciamento clic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track clicks on links.</source>
        <translation>Traccia i clic sui collegamenti.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>View tracking</source>
        <translation>Tracciamento aperture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track opens.</source>
        <translation>Traccia le aperture.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 is the highest priority, 5 the lowest. MailUp honours it at one stage of delivery only, so the order in which messages arrive is not guaranteed.</source>
        <translation>1 è la priorità più alta, 5 la più bassa. MailUp ne tiene conto solo in una fase del recapito, quindi l&apos;ordine di arrivo dei messaggi non è garantito.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Schedule</source>
        <translation>Programmazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule the send on MailUp&apos;s side; the app need not be open then</source>
        <translation>Programma l&apos;invio lato MailUp; non serve che l&apos;app sia aperta in quel momento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge values (DynamicFields)</source>
        <translation>Valori dei campi dinamici (DynamicFields)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DynamicFields: the value of each [tag] in the subject, HTML and text. A tag left empty is not sent: MailUp delivers it as written.</source>
        <translation>DynamicFields: il valore di ogni [tag] nell&apos;oggetto, nell&apos;HTML e nel testo. Un tag lasciato vuoto non viene inviato: MailUp lo consegna così com&apos;è scritto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skip merge tags</source>
        <translation>Ignora i campi dinamici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: MailUp leaves [merge tags] as written instead of filling them.</source>
        <translation>Attivo: MailUp lascia i [campi dinamici] così come sono scritti invece di compilarli.</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/preflight/accessibility.py" line="+36"/>
        <source>An image has no alt attribute: readers with images off or a screen reader get nothing. Describe it in alt=&quot;…&quot;, or write alt=&quot;&quot; for a spacer.</source>
        <translation>Un’immagine non ha l’attributo alt: chi legge con le immagini disattivate o con un lettore di schermo non riceve nulla. Descrivila in alt=&quot;…&quot;, oppure scrivi alt=&quot;&quot; per un distanziatore.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The message does not say its language, so screen readers may read it with the wrong voice: add lang=&quot;…&quot; to the body tag (BodyTag, e.g. &lt;body lang=&quot;en&quot;&gt;) or to the element that wraps the content.</source>
        <translation>Il messaggio non dichiara la sua lingua, quindi i lettori di schermo possono leggerlo con la voce sbagliata: aggiungi lang=&quot;…&quot; al tag body (BodyTag, ad es. &lt;body lang=&quot;it&quot;&gt;) o all’elemento che racchiude il contenuto.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A layout table has no role=&quot;presentation&quot;: screen readers announce its rows and cells. Add role=&quot;presentation&quot; to the &lt;table&gt;.</source>
        <translation>Una tabella di impaginazione non ha role=&quot;presentation&quot;: i lettori di schermo ne annunciano righe e celle. Aggiungi role=&quot;presentation&quot; alla &lt;table&gt;.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The link text “{text}” says nothing out of context: name where it leads (e.g. “Reset your password”).</source>
        <translation>Il testo del link “{text}” non dice nulla fuori contesto: indica dove porta (ad es. “Reimposta la password”).</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/preflight/caniemail.py" line="+138"/>
        <source>Partly supported in {clients}{notes}</source>
        <translation>Supportato in parte in {clients}{notes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{feature} is not supported in {clients}.</source>
        <translation>{feature} non è supportato in {clients}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{feature} is not supported in {clients}. {partly}</source>
        <translation>{feature} non è supportato in {clients}. {partly}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{feature}: {partly}</source>
        <translation>{feature}: {partly}</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/preflight/contrast.py" line="+57"/>
        <source>Text in {color} on {background} has a contrast of {ratio}:1, under the {needed}:1 that WCAG asks for {size}: darken the text or lighten the background.</source>
        <translation>Il testo in {color} su {background} ha un contrasto di {ratio}:1, sotto il {needed}:1 che le WCAG chiedono per {size}: scurisci il testo o schiarisci lo sfondo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>large text</source>
        <translation>il testo grande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>body text</source>
        <translation>il testo normale</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/preflight/links.py" line="+50"/>
        <source>{url} uses http://: clients warn about it or block its images. Use https://.</source>
        <translation>{url} usa http://: i client lo segnalano o ne bloccano le immagini. Usa https://.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a relative address has no site to resolve against</source>
        <translation>un indirizzo relativo non ha un sito da cui essere risolto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{url} cannot work in a mailbox ({why}): use the public https:// address.</source>
        <translation>{url} non può funzionare in una casella di posta ({why}): usa l’indirizzo pubblico https://.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{host} is a local name</source>
        <translation>{host} è un nome locale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{host} is a private address</source>
        <translation>{host} è un indirizzo privato</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The link shows {shown} but opens {target}: readers and spam filters distrust that. Show the address it opens, or words instead of an address.</source>
        <translation>Il link mostra {shown} ma apre {target}: lettori e filtri antispam non se ne fidano. Mostra l’indirizzo che apre, oppure parole al posto di un indirizzo.</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/core/preflight/message_rules.py" line="+28"/>
        <source>The HTML part is {size} KB once sent; Gmail clips a message over 102 KB and hides the rest (your footer, the unsubscribe link) behind “View entire message”. Remove unused styles, comments and markup.</source>
        <translation>La parte HTML è di {size} KB una volta inviata; Gmail taglia i messaggi oltre 102 KB e nasconde il resto (il piè di pagina, il link di disiscrizione) dietro “Visualizza intero messaggio”. Togli stili, commenti e markup inutilizzati.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attachments and embedded images total {size} MB, over MailUp&apos;s 10 MB: the message will be refused. Link to large files instead of attaching them.</source>
        <translation>Allegati e immagini incorporate sommano {size} MB, oltre i 10 MB di MailUp: il messaggio sarà rifiutato. Metti un link ai file grandi invece di allegarli.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The merge tag [{tag}] has no value: recipients will read “[{tag}]”. Give it a value in DynamicFields or remove it.</source>
        <translation>Il campo dinamico [{tag}] non ha un valore: i destinatari leggeranno “[{tag}]”. Dagli un valore in DynamicFields o toglilo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The message has no text part: readers whose client shows plain text, and some spam filters, see less. Add a text version.</source>
        <translation>Il messaggio non ha una parte di testo: chi usa un client che mostra il testo semplice, e alcuni filtri antispam, vedono meno. Aggiungi una versione di solo testo.</translation>
    </message>
    <message>
        <location filename="../../mailup_gui/api/connect_failure.py" line="+56"/>
        <source>Nothing was sent. {advice}</source>
        <translation>Non è stato inviato nulla. {advice}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host name {host} was not found (DNS). Check its spelling in the profile, and that this computer is online.</source>
        <translation>Il nome host {host} non è stato trovato (DNS). Controlla come è scritto nel profilo e che questo computer sia in rete.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{host} answered, but nothing listens on port {port}: check the port in the profile.</source>
        <translation>{host} ha risposto, ma nulla è in ascolto sulla porta {port}: controlla la porta nel profilo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} did not answer on port {port}: a firewall or the network may block that port. Check the network, or try another port.</source>
        <translation>{host} non ha risposto sulla porta {port}: un firewall o la rete possono bloccare quella porta. Controlla la rete, o prova un&apos;altra porta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The encrypted connection (TLS) to {host} failed. Check that the host and port speak TLS, and this computer&apos;s clock and certificates.</source>
        <translation>La connessione cifrata (TLS) a {host} non è riuscita. Controlla che host e porta usino TLS, e l&apos;orologio e i certificati di questo computer.</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <location filename="../../mailup_gui/ui/describe.py" line="-156"/>
        <source>Active — can send</source>
        <translation>Attivo — può inviare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled — the account&apos;s admin can enable it in the MailUp console</source>
        <translation>Disattivato — l&apos;amministratore dell&apos;account può abilitarlo nella console di MailUp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked by an administrator — only MailUp support can lift it</source>
        <translation>Bloccato da un amministratore — solo l&apos;assistenza MailUp può rimuovere il blocco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked until {until} — wait, or ask MailUp support</source>
        <translation>Bloccato fino al {until} — attendi oppure rivolgiti all&apos;assistenza MailUp</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked by admin</source>
        <translation>Bloccato dall&apos;amministratore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked until {until}</source>
        <translation>Bloccato fino al {until}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ended</source>
        <translation>terminato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{days} d {clock}</source>
        <translation>{days} g {clock}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not known: MailUp has not listed this user.</source>
        <translation>Non noto: MailUp non ha elencato questo utente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MailUp accepts its sends.</source>
        <translation>MailUp accetta i suoi invii.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MailUp refuses every send with code {code}: {meaning}</source>
        <translation>MailUp rifiuta ogni invio con il codice {code}: {meaning}</translation>
    </message>
</context>
</TS>
