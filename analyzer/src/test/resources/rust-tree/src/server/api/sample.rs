//! A fixture written for torc-index's tests in the shapes Torc's server code uses sqlx.
use sqlx::Row;

const JOB_COLUMNS: &str = "id, workflow_id, name, status";

impl Sample {
    /// A literal with a raw string, a lifetime and a char literal nearby.
    async fn get_job<'a>(&'a self, id: i64) -> Result<Job, ApiError> {
        let _quote = '"';
        let row = sqlx::query!(
            r#"
            SELECT id, name
            FROM job
            WHERE id = $1
            "#,
            id
        )
        .fetch_one(self.pool())
        .await?;
        Ok(row)
    }

    async fn typed(&self, workflow_id: i64) {
        let _ = sqlx::query_as!(JobRecord, "SELECT id, status FROM job WHERE workflow_id = ? ORDER BY id", workflow_id);
        let _ = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM job WHERE workflow_id = $1 \
                                              AND status = $2");
        let _ = sqlx::query(concat!("SELECT id FROM ", "result WHERE job_id = ?"));
        let _ = sqlx::query(&format!("SELECT {} FROM job WHERE id IN ({})", JOB_COLUMNS, ids));
        /* sqlx::query("SELECT commented_out FROM job") */
    }

    async fn list_results(&self, workflow_id: i64, job_id: Option<i64>, all_runs: Option<bool>) {
        let show_all = all_runs.unwrap_or(false);
        let base_query = if show_all {
            "SELECT id, job_id FROM result".to_string()
        } else {
            "SELECT r.id, r.job_id FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id".to_string()
        };
        let col_prefix = if show_all { "" } else { "r." };
        let mut where_conditions = vec![format!("{}workflow_id = ?", col_prefix)];
        if let Some(j) = job_id {
            where_conditions.push(format!("{}job_id = ?", col_prefix));
        }
        let where_clause = where_conditions.join(" AND ");
        let query = super::SqlQueryBuilder::new(base_query)
            .with_where(where_clause.clone())
            .with_pagination_and_sorting(offset, limit, sort_by, reverse_sort, "id")
            .build();
        let records = sqlx::query(&query).bind(workflow_id).fetch_all(self.pool()).await;
    }

    async fn list_files(&self, workflow_id: i64, produced_by_job_id: Option<i64>, path: Option<String>) {
        let needs_join = produced_by_job_id.is_some();
        let base_query = if needs_join {
            "SELECT f.id FROM file f JOIN job_output_file jof ON f.id = jof.file_id".to_string()
        } else {
            "SELECT id FROM file".to_string()
        };
        let mut where_conditions = vec![];
        if needs_join {
            where_conditions.push("f.workflow_id = ?".to_string());
            if produced_by_job_id.is_some() {
                where_conditions.push("jof.job_id = ?".to_string());
            }
        } else {
            where_conditions.push("workflow_id = ?".to_string());
        }
        if path.is_some() {
            let path_column = if needs_join { "f.path" } else { "path" };
            where_conditions.push(format!("{} = ?", path_column));
        }
        let where_clause = where_conditions.join(" AND ");
        let query = super::SqlQueryBuilder::new(base_query).with_where(where_clause).build();
        let records = sqlx::query(&query).bind(workflow_id).fetch_all(self.pool()).await;
    }

    async fn add_association(&self, job_id: i64, table_name: &str) {
        let sql = format!("INSERT INTO {} (job_id, file_id, workflow_id) VALUES ($1, $2, $3)", table_name);
        sqlx::query(&sql).bind(job_id).execute(self.pool()).await;
    }

    async fn callers(&self) {
        self.add_association(1, "job_input_file").await;
        self.add_association(2, "job_output_file").await;
    }

    async fn unknown_table(&self, table: &str) {
        sqlx::query(&format!("SELECT count(*) FROM {}", table)).execute(self.pool()).await;
    }

    async fn missing_column(&self) {
        sqlx::query("SELECT no_such_column FROM job").execute(self.pool()).await;
    }

    async fn transaction(&self) {
        sqlx::query("BEGIN IMMEDIATE").execute(self.pool()).await;
        sqlx::query("UPDATE job SET status = ? WHERE id = ?").execute(self.pool()).await;
        sqlx::query("COMMIT").execute(self.pool()).await;
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn not_read() {
        sqlx::query("DELETE FROM workflow");
    }
}
